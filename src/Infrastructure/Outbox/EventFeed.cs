using Jipp.Application.Common.Interfaces;
using Npgsql;

namespace Jipp.Infrastructure.Outbox;

/// <summary>
/// Stamps committed events with their feed positions through <c>stamp_events()</c>, each batch in its own
/// transaction (autocommit, READ COMMITTED: the function's statement takes its snapshot after the stamper
/// lock, so it sees every event committed before it got the lock).
/// </summary>
public sealed class EventFeed(NpgsqlDataSource dataSource) : IEventFeed
{
    // The partial index of unstamped events answers the probe; the stamper runs, and waits for the lock, only
    // when an event without a position is visible. An event being stamped by another stamper that has not yet
    // committed still looks unstamped, so the caller then waits for that stamper and reads after it.
    private static readonly string StampSql =
        $"SELECT CASE WHEN EXISTS (SELECT 1 FROM events WHERE sequence IS NULL) THEN {EventFeedSchema.StampFunction}($1) ELSE 0 END";

    /// <summary>Attempts of one stamping pass when the connection fails transiently (a pooled connection broken by a server restart).</summary>
    private const int Attempts = 3;

    public async Task<int> StampAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await StampOnceAsync(cancellationToken);
            }
            catch (NpgsqlException e) when (e.IsTransient && attempt < Attempts)
            {
                // Each batch commits on its own, so a retry only continues where the failed pass stopped.
                await Task.Delay(TimeSpan.FromMilliseconds(100 * attempt), cancellationToken);
            }
        }
    }

    private async Task<int> StampOnceAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(StampSql, connection);
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = EventFeedSchema.BatchSize });
        while (true)
        {
            var stamped = (int)(await command.ExecuteScalarAsync(cancellationToken) ?? 0);
            total += stamped;
            if (stamped < EventFeedSchema.BatchSize)
            {
                return total;
            }
        }
    }
}
