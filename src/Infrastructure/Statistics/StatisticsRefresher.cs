using Jipp.Application.Statistics;
using Jipp.Infrastructure.SharedState;
using Microsoft.Extensions.Hosting;

namespace Jipp.Infrastructure.Statistics;

/// <summary>
/// Computes the statistics at start and then every <c>Jipp:Statistics:RefreshSeconds</c>, so that requests
/// read answers that are always there and never older than the max age. A failed refresh is logged by
/// <see cref="StatisticsCache"/> and tried again on the next tick. With Redis, one instance of the cluster (the
/// holder of the <see cref="RefreshLease"/>) computes and writes the answers to the shared second cache level,
/// where the others read them (docs/adr/0024-state-shared-between-instances-and-reads-from-standbys.md).
/// </summary>
public sealed class StatisticsRefresher(StatisticsCache cache, RefreshLease lease, TimeProvider clock) : BackgroundService
{
    public const string Job = "statistics";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!cache.Enabled)
        {
            return;
        }

        await RefreshOnceAsync(cold: true, stoppingToken);

        // Ticks at a fixed rate whatever a refresh takes; a tick missed during a long refresh is not queued up.
        using var timer = new PeriodicTimer(cache.RefreshInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await RefreshOnceAsync(cold: false, stoppingToken);
        }
    }

    /// <summary>
    /// One tick: refreshes if this instance holds the lease (always, without Redis). The lease lasts one and a half
    /// intervals, so that the holder keeps it from tick to tick and, should it stop, another instance takes over
    /// before the answers it wrote reach the max age.
    /// </summary>
    /// <returns>Whether this instance refreshed.</returns>
    public async Task<bool> RefreshOnceAsync(bool cold, CancellationToken cancellationToken)
    {
        if (!await lease.HoldAsync(Job, cache.RefreshInterval * 1.5))
        {
            return false;
        }

        await cache.RefreshAsync(cold, cancellationToken);
        return true;
    }
}
