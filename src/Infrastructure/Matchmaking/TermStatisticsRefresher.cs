using Jipp.Infrastructure.SharedState;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Jipp.Infrastructure.Matchmaking;

/// <summary>
/// Keeps the term table of matchmaking fresh: at start and then every <see cref="MatchmakingOptions.TermRefreshMinutes"/>,
/// it computes the table again if it is older than that (so a restarted instance, or a second one, does not compute it
/// again at once). With Redis, only the holder of the <see cref="RefreshLease"/> does. A failed refresh is logged and
/// tried again at the next tick; until then the previous table serves.
/// </summary>
public sealed partial class TermStatisticsRefresher(TermStatistics terms, RefreshLease lease, IOptions<MatchmakingOptions> options, TimeProvider clock, ILogger<TermStatisticsRefresher> logger) : BackgroundService
{
    public const string Job = "matchmaking-terms";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var minutes = options.Value.TermRefreshMinutes;
        if (minutes <= 0)
        {
            return;
        }

        var interval = TimeSpan.FromMinutes(minutes);
        await RefreshIfStaleAsync(interval, stoppingToken);
        using var timer = new PeriodicTimer(interval / 4, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await RefreshIfStaleAsync(interval, stoppingToken);
        }
    }

    private async Task RefreshIfStaleAsync(TimeSpan interval, CancellationToken cancellationToken)
    {
        try
        {
            if (await terms.AgeAsync(cancellationToken) is { } age && age < interval)
            {
                return;
            }

            if (await lease.HoldAsync(Job, interval))
            {
                await terms.RefreshAsync(cancellationToken);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogRefreshFailed(logger, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refreshing the matchmaking term table failed; the previous table serves until the next attempt")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception);
}
