using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Paging;
using Jipp.Domain.Candidacies;
using Jipp.Domain.Hubs;
using Jipp.Domain.Innovations;
using Jipp.Domain.Replications;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Application.Statistics.GetProvinceStatistics;

public sealed record GetProvinceStatistics : IQuery<StatisticsSnapshot<Page<ProvinceStatisticsDto>>>;

/// <summary>
/// Five queries whatever the number of provinces: the provinces with their hubs, and one
/// <c>GROUP BY</c> province each for regencies, published innovations, completed replications and
/// open invitations to become a hub,
/// computed by the background refresher (see <see cref="StatisticsCache"/>).
/// </summary>
public sealed class GetProvinceStatisticsHandler(StatisticsCache cache) : IQueryHandler<GetProvinceStatistics, StatisticsSnapshot<Page<ProvinceStatisticsDto>>>
{
    /// <summary>Names the statements in <c>pg_stat_activity</c> and the server's log.</summary>
    private const string Tag = "statistics: provinces";

    /// <summary>The open states of a candidacy after the invitation.</summary>
    private static readonly CandidacyState[] InvitedStates =
        [CandidacyState.Invited, CandidacyState.Willing, CandidacyState.Committed, CandidacyState.ReadinessSubmitted, CandidacyState.Assessed];

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

        // Only what the ministry announces: an invitation and its cohort. A shortlist (not yet invited) and
        // a closed candidacy (declined, rejected, withdrawn) are not shown.
        var invitations = await db.Candidacies.AsNoTracking()
            .TagWith(Tag)
            .Where(c => c.ProvinceCode != null && InvitedStates.Contains(c.State))
            .GroupBy(c => c.ProvinceCode!)
            .Select(g => new { g.Key, CohortYear = g.Max(c => c.CohortYear) })
            .ToDictionaryAsync(g => g.Key, g => g.CohortYear, cancellationToken);

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
                replications.GetValueOrDefault(p.Code),
                p.HubId is not null ? ProvinceHubStatus.Designated : invitations.ContainsKey(p.Code) ? ProvinceHubStatus.Invited : ProvinceHubStatus.None,
                p.HubId is null && invitations.TryGetValue(p.Code, out var cohortYear) ? cohortYear : null);
        }).ToList();
        return Page.All(items);
    }
}
