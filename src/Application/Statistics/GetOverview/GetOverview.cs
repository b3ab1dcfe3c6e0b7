using System.Linq.Expressions;
using Jipp.Application.Common.Interfaces;
using Jipp.Domain.Candidacies;
using Jipp.Domain.Hubs;
using Jipp.Domain.Innovations;
using Jipp.Domain.Replications;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Application.Statistics.GetOverview;

public sealed record GetOverview : IQuery<StatisticsSnapshot<StatisticsOverviewDto>>;

/// <summary>The overview as the background refresher last computed it (see <see cref="StatisticsCache"/>).</summary>
public sealed class GetOverviewHandler(StatisticsCache cache) : IQueryHandler<GetOverview, StatisticsSnapshot<StatisticsOverviewDto>>
{
    public static Statistic<StatisticsOverviewDto> Statistic { get; } = new("overview", ComputeAsync);

    public ValueTask<StatisticsSnapshot<StatisticsOverviewDto>> Handle(GetOverview query, CancellationToken cancellationToken) =>
        cache.GetAsync(Statistic, cancellationToken);

    private static async Task<StatisticsOverviewDto> ComputeAsync(IJippDbContext db, DateTimeOffset asOf, CancellationToken cancellationToken)
    {
        var hubsByYear = await db.Hubs.AsNoTracking()
            .TagWith(Tag)
            .Where(h => h.Status == HubStatus.Active)
            .GroupBy(h => h.DesignationYear)
            .OrderBy(g => g.Key)
            .Select(g => new DesignationYearCountDto(g.Key, g.Count()))
            .ToListAsync(cancellationToken);

        // One scan of the registry for the three innovation figures (at most states × sectors × stages groups).
        var groups = await db.Innovations.AsNoTracking()
            .TagWith(Tag)
            .GroupBy(i => new { i.State, i.Sector, i.MaturityStage })
            .Select(g => new { g.Key.State, g.Key.Sector, g.Key.MaturityStage, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var byState = groups.GroupBy(g => g.State).ToDictionary(g => g.Key, g => g.Sum(x => x.Count));
        var published = groups.Where(g => g.State == InnovationState.Published).ToList();
        var bySector = published.GroupBy(g => g.Sector).ToDictionary(g => g.Key, g => g.Sum(x => x.Count), StringComparer.Ordinal);
        var byStage = published.GroupBy(g => g.MaturityStage).ToDictionary(g => g.Key, g => g.Sum(x => x.Count));
        var candidacies = await CountByAsync(db.Candidacies.AsNoTracking().TagWith(Tag), c => c.State, cancellationToken);
        var replications = await CountByAsync(db.ReplicationRequests.AsNoTracking().TagWith(Tag), r => r.State, cancellationToken);
        var sectors = await db.Sectors.AsNoTracking().TagWith(Tag).OrderBy(s => s.Position).Select(s => s.Code).ToListAsync(cancellationToken);

        return new StatisticsOverviewDto(
            hubsByYear,
            new InnovationStateCountsDto(
                byState.GetValueOrDefault(InnovationState.Draft),
                byState.GetValueOrDefault(InnovationState.Submitted),
                byState.GetValueOrDefault(InnovationState.Returned),
                byState.GetValueOrDefault(InnovationState.Published),
                byState.GetValueOrDefault(InnovationState.Archived)),
            [.. sectors.Select(code => new SectorCountDto(code, bySector.GetValueOrDefault(code)))],
            new MaturityStageCountsDto(
                byStage.GetValueOrDefault(MaturityStage.Initiative),
                byStage.GetValueOrDefault(MaturityStage.Trial),
                byStage.GetValueOrDefault(MaturityStage.Implementation)),
            new CandidacyStateCountsDto(
                candidacies.GetValueOrDefault(CandidacyState.Shortlisted),
                candidacies.GetValueOrDefault(CandidacyState.Invited),
                candidacies.GetValueOrDefault(CandidacyState.Willing),
                candidacies.GetValueOrDefault(CandidacyState.Declined),
                candidacies.GetValueOrDefault(CandidacyState.Committed),
                candidacies.GetValueOrDefault(CandidacyState.ReadinessSubmitted),
                candidacies.GetValueOrDefault(CandidacyState.Assessed),
                candidacies.GetValueOrDefault(CandidacyState.Designated),
                candidacies.GetValueOrDefault(CandidacyState.Rejected),
                candidacies.GetValueOrDefault(CandidacyState.Withdrawn)),
            new ReplicationStateCountsDto(
                replications.GetValueOrDefault(ReplicationState.Submitted),
                replications.GetValueOrDefault(ReplicationState.Verified),
                replications.GetValueOrDefault(ReplicationState.Agreed),
                replications.GetValueOrDefault(ReplicationState.InImplementation),
                replications.GetValueOrDefault(ReplicationState.Completed),
                replications.GetValueOrDefault(ReplicationState.Rejected),
                replications.GetValueOrDefault(ReplicationState.Cancelled)),
            asOf);
    }

    /// <summary>Names the statements in <c>pg_stat_activity</c> and the server's log.</summary>
    private const string Tag = "statistics: overview";

    /// <summary>One <c>GROUP BY</c>: how many rows of <paramref name="source"/> have each key.</summary>
    private static Task<Dictionary<TKey, int>> CountByAsync<T, TKey>(IQueryable<T> source, Expression<Func<T, TKey>> key, CancellationToken cancellationToken)
        where TKey : notnull =>
        source.GroupBy(key).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
}
