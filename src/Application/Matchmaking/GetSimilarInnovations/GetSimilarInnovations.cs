using Jipp.Application.Common.Errors;
using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Localization;
using Jipp.Application.Innovations;
using Jipp.Application.Matchmaking.FindReplicationMatches;
using Jipp.Domain.Innovations;
using Mediator;

namespace Jipp.Application.Matchmaking.GetSimilarInnovations;

/// <summary>
/// The published innovations most like one the caller may see (its title, problem and solution), best first, without
/// itself, its original and its replications (ADR 26).
/// </summary>
/// <param name="Id">The innovation.</param>
/// <param name="Limit">How many, 1–20 (default 10).</param>
public sealed record GetSimilarInnovations(Guid Id, int? Limit) : IQuery<SimilarInnovationListDto>;

public sealed class GetSimilarInnovationsHandler(IJippDbContext db, ICurrentClient client, IInnovationMatcher matcher, TimeProvider clock) : IQueryHandler<GetSimilarInnovations, SimilarInnovationListDto>
{
    public async ValueTask<SimilarInnovationListDto> Handle(GetSimilarInnovations query, CancellationToken cancellationToken)
    {
        var innovation = await db.FindVisibleAsync(client, query.Id, cancellationToken)
            ?? throw new NotFoundException(Refusals.Innovation, query.Id);
        var frequencies = await matcher.TermFrequenciesAsync(string.Join('\n', innovation.Title, innovation.Problem, innovation.Solution), cancellationToken);
        var terms = MatchRanking.KeyTerms(innovation.State == InnovationState.Published ? MatchRanking.WithoutOneDocument(frequencies) : frequencies);
        if (terms.Count == 0)
        {
            return new SimilarInnovationListDto([]);
        }

        var candidates = await matcher.CandidatesAsync(
            new CandidateQuery(terms, ReplicableOnly: false, Digital: null, Excluding: innovation.Id, ExcludingOriginal: innovation.ReplicatedFromId, MatchmakingLimits.CandidatesPerTerm),
            cancellationToken);
        var ranked = MatchRanking.Rank(terms, candidates, innovation.Sector, clock.GetUtcNow()).Take(query.Limit ?? MatchmakingLimits.DefaultLimit).ToList();
        var items = await MatchedInnovations.ReadAsync(db, ranked.Select(m => m.Candidate.Id).ToList(), cancellationToken);
        return new SimilarInnovationListDto(ranked
            .Where(m => items.ContainsKey(m.Candidate.Id))
            .Select(m => new SimilarInnovationDto(items[m.Candidate.Id], m.Score, m.SharedTerms, m.SameSector))
            .ToList());
    }
}
