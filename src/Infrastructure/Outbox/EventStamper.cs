using Jipp.Application.Common.Interfaces;
using Jipp.Infrastructure.Common;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Jipp.Infrastructure.Outbox;

/// <summary>
/// Stamps committed events every <c>Jipp:Events:StampIntervalMilliseconds</c>, so that every event has its
/// position within about one interval of its commit even when nobody polls the feed. Instances of the service
/// each run one; the stamper lock in the database serialises them. A failed pass (the database is away) is
/// logged once and tried again on the next tick.
/// </summary>
public sealed partial class EventStamper(IEventFeed feed, IOptions<EventFeedOptions> options, TimeProvider clock, ILogger<EventStamper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.StampIntervalMilliseconds;
        if (interval == 0)
        {
            return;
        }

        var attempts = new FailureRun((type, reason) => LogFailed(logger, type, reason), () => LogRecovered(logger));
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(interval), clock);
        do
        {
            try
            {
                await feed.StampAsync(stoppingToken);
                attempts.Succeeded();
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                attempts.Failed(e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stamping the event feed failed ({ExceptionType}: {Reason}); trying again every interval")]
    private static partial void LogFailed(ILogger logger, string exceptionType, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Stamping the event feed works again")]
    private static partial void LogRecovered(ILogger logger);
}
