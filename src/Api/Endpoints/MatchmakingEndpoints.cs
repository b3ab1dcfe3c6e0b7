using Jipp.Api.Admission;
using Jipp.Api.Replicas;
using Jipp.Application.Common.Errors;
using Jipp.Application.Matchmaking;
using Jipp.Application.Matchmaking.FindReplicationMatches;
using Jipp.Application.Matchmaking.GetSimilarInnovations;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jipp.Api.Endpoints;

/// <summary>Matchmaking: which published innovations answer an agency's problem, and which are like one another (ADR 26).</summary>
public static class MatchmakingEndpoints
{
    private static readonly string Method = $"""
        **How it ranks.** The text is cut into words with PostgreSQL's Indonesian stemmer; its **key terms** are the
        words that few published innovations hold: a word held by more than half of them says too little and is
        dropped, and of the rest the {MatchmakingLimits.KeyTerms} rarest are kept, each weighted by how rare it is
        (ln(N / innovations holding it), from a term table computed in the background from the published innovations,
        at most an hour old: a word first published since then is not yet a key term). **Candidates** are the newest
        {MatchmakingLimits.CandidatesPerTerm} matches of each retrieving key term: the two rarest, any held by
        {MatchmakingLimits.CandidatesPerTerm} innovations or fewer, and those of the {MatchmakingLimits.RetrievingTerms}
        rarest held by at most 2 % of the registry; so a request reads a bounded number of innovations whatever its
        words, and the answer is the best of those candidates, not of the whole registry. Each candidate scores the
        weighted share of the key terms it holds (a term in its title counts half again), raised by a fifth when it is
        in the sector asked for, plus at most 0.05 for completed replications and at most 0.03 for recency (half after
        two years); ties go to the newer. `score` compares items within one answer, not across answers.
        """;

    public static IEndpointRouteBuilder MapMatchmakingEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/replication-matches", FindReplicationMatches)
            .WithTags("Matchmaking")
            .AdmittedAsRead()
            .WithName(nameof(FindReplicationMatches))
            .WithSummary("Find innovations to replicate for a problem")
            .WithDescription($"""
                Describe your agency's problem in your own words (Indonesian, up to {MatchmakingLimits.ProblemMaxLength} characters);
                the answer lists the **published and replicable** innovations that best answer it, best first: at most
                `limit` (1–{MatchmakingLimits.MaxLimit}, default {MatchmakingLimits.DefaultLimit}), and none when no
                innovation shares a key term of the problem. `sector` (a code of GET /sectors) ranks that sector's
                innovations higher without leaving others out (a problem may be solved in another sector); `digital`
                keeps only digital (true) or non-digital (false) innovations; `provinceCode` is your province.

                Each item gives `reasons`: the key terms it shares (`sharedTerms`, stemmed, rarest first), whether it is
                in the sector asked for, its completed replications, and the **mentoring hub**: the active hub of the
                owner's province (`ownerProvinceHub`), else the active hub of your province (`askerProvinceHub`),
                else null (the ministry facilitates); `mentoringHubId` repeats its id. (A replication request itself is
                facilitated by the requester's hub first; see POST /replication-requests.)

                Anyone may call it, without a key; it reads only published data and **changes nothing**, so it needs no
                `Idempotency-Key` (one sent is honoured like on every POST). The usual rate limits apply.

                """ + Method)
            .Refuses(Refusal.Validation);
        routes.MapGet("/innovations/{id:guid}/similar", GetSimilarInnovations)
            .WithTags("Matchmaking")
            .ToleratesStaleReads()
            .WithName(nameof(GetSimilarInnovations))
            .WithSummary("List the innovations most like one")
            .WithDescription($"""
                The published innovations most like this one by their title, problem and solution, most alike first: at
                most `limit` (1–{MatchmakingLimits.MaxLimit}, default {MatchmakingLimits.DefaultLimit}), each with its
                `score`, the key terms it shares and whether it is in the same sector (which raises its score). Never
                this innovation itself, its original (`replicatedFromId`) or its replications (innovations whose
                `replicatedFromId` is this one). Replicable or not: for replicable ones only, use POST /replication-matches.

                Anyone who may see the innovation may ask: anonymous callers and readers for a published one, an agency
                also for its own, a hub also for those of its province that have left draft, the ministry for any; what
                you may not see answers 404, as GET /innovations/{"{id}"} does.

                """ + Method.Replace("sector asked for", "same sector", StringComparison.Ordinal))
            .Refuses(Refusal.Validation, Refusal.NotFound);
        return routes;
    }

    /// <summary>Finds innovations to replicate for a problem.</summary>
    internal static async Task<Ok<ReplicationMatchListDto>> FindReplicationMatches(FindReplicationMatches query, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(query, ct));

    /// <summary>Lists the innovations most like one.</summary>
    /// <param name="id">The innovation's id.</param>
    /// <param name="limit">How many, 1–20 (default 10).</param>
    internal static async Task<Ok<SimilarInnovationListDto>> GetSimilarInnovations(Guid id, int? limit, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetSimilarInnovations(id, limit), ct));
}
