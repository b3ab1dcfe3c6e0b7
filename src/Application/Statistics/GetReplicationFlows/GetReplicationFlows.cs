using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Paging;
using Jipp.Domain.Replications;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Application.Statistics.GetReplicationFlows;

public sealed record GetReplicationFlows : IQuery<StatisticsSnapshot<Page<ReplicationFlowDto>>>;

/// <summary>
/// One <c>GROUP BY</c> over the completed replication requests joined to their original innovations,
/// computed by the background refresher (see <see cref="StatisticsCache"/>). Counts of province pairs
/// only: no request, agency, note or person.
/// </summary>
public sealed class GetReplicationFlowsHandler(StatisticsCache cache) : IQueryHandler<GetReplicationFlows, StatisticsSnapshot<Page<ReplicationFlowDto>>>
{
    /// <summary>Names the statement in <c>pg_stat_activity</c> and the server's log.</summary>
    private const string Tag = "statistics: replication flows";

    public static Statistic<Page<ReplicationFlowDto>> Statistic { get; } = new("replication-flows", ComputeAsync);

    public ValueTask<StatisticsSnapshot<Page<ReplicationFlowDto>>> Handle(GetReplicationFlows query, CancellationToken cancellationToken) =>
        cache.GetAsync(Statistic, cancellationToken);

    private static async Task<Page<ReplicationFlowDto>> ComputeAsync(IJippDbContext db, DateTimeOffset asOf, CancellationToken cancellationToken)
    {
        // Central bodies have no province: their replications belong to no pair of provinces.
        var flows = await db.ReplicationRequests.AsNoTracking()
            .TagWith(Tag)
            .Where(r => r.State == ReplicationState.Completed && r.RequesterProvinceCode != null)
            .Join(db.Innovations.Where(i => i.ProvinceCode != null), r => r.InnovationId, i => i.Id, (r, i) => new { From = i.ProvinceCode!, To = r.RequesterProvinceCode! })
            .GroupBy(f => new { f.From, f.To })
            .Select(g => new ReplicationFlowDto(g.Key.From, g.Key.To, g.Count()))
            .ToListAsync(cancellationToken);

        return Page.All([.. flows.OrderByDescending(f => f.Completed).ThenBy(f => f.FromProvinceCode, StringComparer.Ordinal).ThenBy(f => f.ToProvinceCode, StringComparer.Ordinal)]);
    }
}
