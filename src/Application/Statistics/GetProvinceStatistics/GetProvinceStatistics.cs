using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Paging;
using Jipp.Domain.Hubs;
using Jipp.Domain.Innovations;
using Jipp.Domain.Replications;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Application.Statistics.GetProvinceStatistics;

public sealed record GetProvinceStatistics : IQuery<StatisticsSnapshot<Page<ProvinceStatisticsDto>>>;

/// <summary>
/// Four queries whatever the number of provinces: the provinces with their hubs, and one
/// <c>GROUP BY</c> province each for regencies, published innovations and completed replications,
/// computed by the background refresher (see <see cref="StatisticsCache"/>).
/// </summary>
public sealed class GetProvinceStatisticsHandler(StatisticsCache cache) : IQueryHandler<GetProvinceStatistics, StatisticsSnapshot<Page<ProvinceStatisticsDto>>>
{
    /// <summary>Names the statements in <c>pg_stat_activity</c> and the server's log.</summary>
    private const string Tag = "statistics: provinces";

    public static Statistic<Page<ProvinceStatisticsDto>> Statistic { get; } = new("provinces", ComputeAsync);

    public ValueTask<StatisticsSnapshot<Page<ProvinceStatisticsDto>>> Handle(GetProvinceStatistics query, CancellationToken cancellationToken) =>
        cache.GetAsync(Statistic, cancellationToken);

    private static async Task<Page<ProvinceStatisticsDto>> ComputeAsync(IJippDbContext db, DateTimeOffset asOf, CancellationToken cancellationToken)
    {
        // The hub as GET /provinces shows it, so that the two answers agree.
        var provinces = await db.Provinces.AsNoTracking()
            .TagWith(Tag)
            .OrderBy(p => p.Code)
            .Select(p => new
            {
                p.Code,
                p.Name,
                HubId = db.Hubs.Where(h => h.ProvinceCode == p.Code && h.Status == HubStatus.Active).Select(h => (Guid?)h.Id).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);

        var regencies = await db.Regencies.AsNoTracking()
            .TagWith(Tag)
            .GroupBy(r => r.ProvinceCode)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

        var innovations = await db.Innovations.AsNoTracking()
            .TagWith(Tag)
            .Where(i => i.State == InnovationState.Published && i.ProvinceCode != null)
            .GroupBy(i => i.ProvinceCode!)
            .Select(g => new
            {
                g.Key,
                Published = g.Count(),
                Regencies = g.Where(i => i.RegencyCode != null).Select(i => i.RegencyCode).Distinct().Count(),
            })
            .ToDictionaryAsync(g => g.Key, cancellationToken);

        var replications = await db.ReplicationRequests.AsNoTracking()
            .TagWith(Tag)
            .Where(r => r.State == ReplicationState.Completed && r.RequesterProvinceCode != null)
            .GroupBy(r => r.RequesterProvinceCode!)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

        var items = provinces.Select(p =>
        {
            var published = innovations.GetValueOrDefault(p.Code);
            var withInnovations = published?.Regencies ?? 0;
            var total = regencies.GetValueOrDefault(p.Code);
            return new ProvinceStatisticsDto(
                p.Code,
                p.Name,
                p.HubId,
                published?.Published ?? 0,
                withInnovations,
                total,
                total == 0 ? 0m : Math.Round((decimal)withInnovations / total, 4),
                replications.GetValueOrDefault(p.Code));
        }).ToList();
        return Page.All(items);
    }
}
