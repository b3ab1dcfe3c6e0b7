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

    public async Task<int> StampAsync(CancellationToken cancellationToken)
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
