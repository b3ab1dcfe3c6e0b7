using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Jipp.Infrastructure.Telemetry;

/// <summary>
/// The event feed's lag: now minus the time of the newest event a reader can see, that is the newest with a
/// sequence (a stamper may assign sequences after commit, so a written event can still be invisible). Read by one
/// index lookup when a collector asks, at most once per <see cref="TelemetryOptions.FeedLagCacheSeconds"/>; a
/// failed read is remembered as long, so that a database outage does not hold every scrape up.
/// </summary>
public sealed partial class EventFeedLag(NpgsqlDataSource dataSource, TimeProvider clock, IOptions<TelemetryOptions> options, ILogger<EventFeedLag> logger)
{
    /// <summary>Works whether <c>events.sequence</c> is assigned at insert (never null) or stamped later (null until then).</summary>
    internal const string NewestVisibleSql = "SELECT occurred_at FROM events WHERE sequence IS NOT NULL ORDER BY sequence DESC LIMIT 1";

    private static readonly TimeSpan ReadTimeout = TimeSpan.FromSeconds(2);

    private readonly Lock _refreshing = new();
    private readonly TimeSpan _cacheFor = TimeSpan.FromSeconds(options.Value.FeedLagCacheSeconds);

    private (long ReadAt, DateTimeOffset? NewestVisible)? _last;
    private bool _failureLogged;

    /// <summary>The gauge's callback: no measurement while the feed is empty or the database cannot be read.</summary>
    public IEnumerable<Measurement<double>> Observe()
    {
        if (Lag() is { } lag)
        {
            yield return new Measurement<double>(lag.TotalSeconds);
        }
    }

    public TimeSpan? Lag()
    {
        var newest = NewestVisible();
        return newest is { } at ? TimeSpan.FromTicks(Math.Max(0, (clock.GetUtcNow() - at).Ticks)) : null;
    }

    private DateTimeOffset? NewestVisible()
    {
        var last = _last;
        if (last is { } cached && Stopwatch.GetElapsedTime(cached.ReadAt) < _cacheFor)
        {
            return cached.NewestVisible;
        }

        // One reader at a time; a collector that arrives meanwhile takes the previous value.
        if (!_refreshing.TryEnter())
        {
            return last?.NewestVisible;
        }

        try
        {
            var newest = Read();
            _last = (Stopwatch.GetTimestamp(), newest);
            return newest;
        }
        finally
        {
            _refreshing.Exit();
        }
    }

    private DateTimeOffset? Read()
    {
        try
        {
            // Gauge callbacks are synchronous; the timeout bounds how long a scrape can wait on the database.
            using var timeout = new CancellationTokenSource(ReadTimeout);
            return ReadAsync(timeout.Token).AsTask().GetAwaiter().GetResult();
        }
        catch (Exception ex) when (ex is NpgsqlException or OperationCanceledException or TimeoutException)
        {
            if (!_failureLogged)
            {
                _failureLogged = true;
                LogReadFailed(logger, ex.GetType().Name);
            }

            return null;
        }
    }

    private async ValueTask<DateTimeOffset?> ReadAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(NewestVisibleSql);
        command.CommandTimeout = (int)ReadTimeout.TotalSeconds;
        var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        _failureLogged = false;
        return value switch
        {
            DateTime utc => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)),
            DateTimeOffset at => at,
            _ => null,
        };
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The event-feed lag could not be read ({ExceptionType}); the gauge reports nothing until it can")]
    private static partial void LogReadFailed(ILogger logger, string exceptionType);
}
