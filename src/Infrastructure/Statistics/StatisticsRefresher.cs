using Jipp.Application.Statistics;
using Microsoft.Extensions.Hosting;

namespace Jipp.Infrastructure.Statistics;

/// <summary>
/// Computes the statistics at start and then every <c>Jipp:Statistics:RefreshSeconds</c>, so that requests
/// read answers that are always there and never older than the max age. A failed refresh is logged by
/// <see cref="StatisticsCache"/> and tried again on the next tick.
/// </summary>
public sealed class StatisticsRefresher(StatisticsCache cache, TimeProvider clock) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!cache.Enabled)
        {
            return;
        }

        await cache.RefreshAsync(cold: true, stoppingToken);

        // Ticks at a fixed rate whatever a refresh takes; a tick missed during a long refresh is not queued up.
        using var timer = new PeriodicTimer(cache.RefreshInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await cache.RefreshAsync(cold: false, stoppingToken);
        }
    }
}
