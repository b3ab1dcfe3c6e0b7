using Jipp.Api.OpenApi;
using Jipp.Api.Replicas;
using Jipp.Application.Common.Paging;
using Jipp.Application.Statistics;
using Jipp.Application.Statistics.GetOverview;
using Jipp.Application.Statistics.GetProvinceStatistics;
using Jipp.Application.Statistics.GetReplicationFlows;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jipp.Api.Endpoints;

/// <summary>Aggregate figures of the network for dashboards and reports; no record and no personal data.</summary>
public static class StatisticsEndpoints
{
    private const string Freshness = "Answers are computed in the background every `Jipp:Statistics:RefreshSeconds` (20 s by default) and served from memory, so a change shows after the next refresh; an answer is never older than `Jipp:Statistics:MaxAgeSeconds` (60 s at most). The `Age` header gives its age in seconds.";

    public static IEndpointRouteBuilder MapStatisticsEndpoints(this IEndpointRouteBuilder routes)
    {
        var statistics = routes.MapGroup("/statistics").WithTags("Statistics").ToleratesStaleReads();
        statistics.MapGet("/overview", GetOverview)
            .WithName(nameof(GetOverview))
            .WithMetadata(AgeHeader.Metadata)
            .WithSummary("Get the network at a glance")
            .WithDescription("""
                Counts only: active hubs by designation year (ascending); innovations by state (every state, drafts counted
                but never shown); published innovations by sector (all 32, in the order of `GET /sectors`) and by maturity
                stage; hub candidacies of all cohort years by state; replication requests by state. Every state and
                stage appears, with 0 where there is none. `generatedAt` is when the numbers were computed.
                """ + "\n\n" + Freshness);
        statistics.MapGet("/provinces", GetProvinceStatistics)
            .WithName(nameof(GetProvinceStatistics))
            .WithMetadata(AgeHeader.Metadata)
            .WithSummary("Get the statistics of every province")
            .WithDescription("""
                All 38 provinces in Kemendagri code order, not paged (`nextCursor` is always null): the active hub,
                published innovations of agencies in the province, how many of its regencies and cities have one
                (`regencyCoverage` is their share, 4 decimals), completed replications requested from the province, and
                its place in the network as the ministry announces it (`hubStatus`: `designated`, `invited` with the
                `candidacyCohortYear` of the invitation while the candidacy is open, or `none`; shortlists, scores, notes
                and refusals are never shown).
                """ + "\n\n" + Freshness);
        statistics.MapGet("/replication-flows", GetReplicationFlows)
            .WithName(nameof(GetReplicationFlows))
            .WithMetadata(AgeHeader.Metadata)
            .WithSummary("Get the completed replications between provinces")
            .WithDescription("""
                Completed replications counted by pair of provinces, not paged (`nextCursor` is always null): from the
                province of the original innovation to the province of the agency that adopted it (the same code twice
                for a replication within one province). Only pairs with at least one completed replication appear, the
                most first, then by the two codes. Replications of or by central bodies, which have no province, are not
                counted. Counts only: no request, agency, note or person.
                """ + "\n\n" + Freshness);
        return routes;
    }

    /// <summary>Gets the network at a glance.</summary>
    internal static async Task<Ok<StatisticsOverviewDto>> GetOverview(ISender sender, HttpResponse response, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(WithAge(await sender.Send(new GetOverview(), ct), response, clock));

    /// <summary>Gets the statistics of every province.</summary>
    internal static async Task<Ok<Page<ProvinceStatisticsDto>>> GetProvinceStatistics(ISender sender, HttpResponse response, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(WithAge(await sender.Send(new GetProvinceStatistics(), ct), response, clock));

    /// <summary>Gets the completed replications between provinces.</summary>
    internal static async Task<Ok<Page<ReplicationFlowDto>>> GetReplicationFlows(ISender sender, HttpResponse response, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(WithAge(await sender.Send(new GetReplicationFlows(), ct), response, clock));

    /// <summary>The answer, with its age in whole seconds in the <c>Age</c> header (RFC 9111), so that a caller can tell how stale it may be.</summary>
    private static T WithAge<T>(StatisticsSnapshot<T> snapshot, HttpResponse response, TimeProvider clock)
        where T : class
    {
        var age = (long)Math.Max(0, (clock.GetUtcNow() - snapshot.ComputedAt).TotalSeconds);
        response.Headers.Age = age.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return snapshot.Value;
    }
}
