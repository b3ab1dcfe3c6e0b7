using Npgsql;

namespace Jipp.Infrastructure.Webhooks;

/// <summary>A delivery claimed by this instance, with what its attempt needs.</summary>
public sealed record ClaimedDelivery(
    Guid Id,
    Guid LeaseId,
    Guid SubscriptionId,
    int Attempts,
    DateTimeOffset GiveUpAt,
    string Url,
    string ProtectedSecret,
    string? ProtectedPreviousSecret,
    DateTimeOffset? PreviousSecretExpiresAt,
    int ConsecutiveFailures,
    Guid EventId,
    long EventSequence,
    string EventType,
    short EventVersion,
    DateTimeOffset OccurredAt,
    string SubjectType,
    string SubjectId,
    string Data);

/// <summary>
/// The delivery queue in PostgreSQL: the fan-out of new events to subscriptions (once, under the subscription's
/// row lock, with its cursor moved in the same statement), and the claim of due deliveries with
/// <c>FOR UPDATE SKIP LOCKED</c> and a lease, so that any number of instances share the work and each delivery
/// is attempted by one of them at a time (docs/adr/0025-webhooks.md).
/// </summary>
public sealed class WebhookStore(NpgsqlDataSource dataSource)
{
    /// <summary>A UUID v7 made by PostgreSQL 15 (which has no function for it): the time in milliseconds over a random UUID, version bits set to 7.</summary>
    private const string UuidV7 =
        "encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid()) placing substring(int8send(floor(extract(epoch from clock_timestamp()) * 1000)::bigint) from 3) from 1 for 6), 52, 1), 53, 1), 'hex')::uuid";

    private const string SubscriptionsBehindSql = """
        SELECT s.id FROM webhook_subscriptions s JOIN api_clients c ON c.id = s.client_id
        WHERE c.revoked_at IS NULL AND s.fanned_out_through < (SELECT coalesce(max(sequence), 0) FROM events)
        """;

    // One statement, so one transaction: the deliveries and the cursor move together. Another instance fanning
    // out the same subscription holds its row and this one skips it; ON CONFLICT stands behind that.
    private static readonly string FanOutSql = $"""
        WITH s AS (
            SELECT id, event_types, fanned_out_through FROM webhook_subscriptions WHERE id = $1 FOR UPDATE SKIP LOCKED
        ), batch AS (
            SELECT e.id, e.sequence, e.type, e.subject_type, e.subject_id, s.event_types
            FROM s CROSS JOIN LATERAL (
                SELECT id, sequence, type, subject_type, subject_id FROM events
                WHERE sequence > s.fanned_out_through ORDER BY sequence LIMIT $2) e
        ), inserted AS (
            INSERT INTO webhook_deliveries (id, subscription_id, event_id, event_sequence, event_type, subject_type, subject_id, state, attempts, next_attempt_at, created_at)
            SELECT {UuidV7}, $1, b.id, b.sequence, b.type, b.subject_type, b.subject_id, 'Pending', 0, now(), now()
            FROM batch b WHERE cardinality(b.event_types) = 0 OR b.type = ANY (b.event_types)
            ORDER BY b.sequence
            ON CONFLICT (subscription_id, event_id) DO NOTHING
            RETURNING 1
        ), moved AS (
            UPDATE webhook_subscriptions w SET fanned_out_through = (SELECT max(sequence) FROM batch)
            WHERE w.id = $1 AND EXISTS (SELECT 1 FROM batch)
            RETURNING 1
        )
        SELECT (SELECT count(*)::int FROM batch), (SELECT count(*)::int FROM inserted), (SELECT count(*)::int FROM moved)
        """;

    // A delivery is due when its time has come, no worker holds its lease, its subscription is active, and no
    // earlier event of the same subject is still pending for that subscription (events of one resource in order).
    private const string ClaimSql = """
        WITH due AS (
            SELECT d.id FROM webhook_deliveries d
            JOIN webhook_subscriptions s ON s.id = d.subscription_id
            JOIN api_clients c ON c.id = s.client_id
            WHERE d.state = 'Pending' AND d.next_attempt_at <= now()
              AND (d.locked_until IS NULL OR d.locked_until <= now())
              AND NOT s.paused AND c.revoked_at IS NULL
              AND NOT EXISTS (
                  SELECT 1 FROM webhook_deliveries p
                  WHERE p.subscription_id = d.subscription_id AND p.subject_type = d.subject_type AND p.subject_id = d.subject_id
                    AND p.state = 'Pending' AND p.event_sequence < d.event_sequence)
            ORDER BY d.next_attempt_at, d.event_sequence
            LIMIT $1
            FOR UPDATE OF d SKIP LOCKED
        ), claimed AS (
            UPDATE webhook_deliveries d
            SET locked_until = now() + make_interval(secs => $2), lease_id = gen_random_uuid(), attempts = d.attempts + 1,
                last_attempt_at = now(), give_up_at = coalesce(d.give_up_at, now() + make_interval(secs => $3))
            FROM due WHERE d.id = due.id
            RETURNING d.id, d.lease_id, d.subscription_id, d.attempts, d.give_up_at, d.event_id
        )
        SELECT c.id, c.lease_id, c.subscription_id, c.attempts, c.give_up_at,
               s.url, s.protected_secret, s.protected_previous_secret, s.previous_secret_expires_at, s.consecutive_failures,
               e.id, e.sequence, e.type, e.version, e.occurred_at, e.subject_type, e.subject_id, e.data::text
        FROM claimed c
        JOIN webhook_subscriptions s ON s.id = c.subscription_id
        JOIN events e ON e.id = c.event_id
        ORDER BY e.sequence
        """;

    /// <summary>Whether there is any subscription: without one, the worker costs one probe per interval.</summary>
    public async Task<bool> AnySubscriptionAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT EXISTS (SELECT 1 FROM webhook_subscriptions)");
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Queues every positioned event after each subscription's cursor for it (those of its types); returns how many deliveries were added.</summary>
    public async Task<int> FanOutAsync(int batchSize, CancellationToken cancellationToken)
    {
        var behind = new List<Guid>();
        await using (var command = dataSource.CreateCommand(SubscriptionsBehindSql))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                behind.Add(reader.GetGuid(0));
            }
        }

        var added = 0;
        foreach (var subscription in behind)
        {
            while (true)
            {
                await using var command = dataSource.CreateCommand(FanOutSql);
                command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = subscription });
                command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = batchSize });
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                await reader.ReadAsync(cancellationToken);
                var (read, inserted) = (reader.GetInt32(0), reader.GetInt32(1));
                added += inserted;
                if (read < batchSize)
                {
                    break;
                }
            }
        }

        return added;
    }

    public async Task<IReadOnlyList<ClaimedDelivery>> ClaimAsync(int batchSize, TimeSpan lease, TimeSpan budget, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(ClaimSql);
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = batchSize });
        command.Parameters.Add(new NpgsqlParameter<double> { TypedValue = lease.TotalSeconds });
        command.Parameters.Add(new NpgsqlParameter<double> { TypedValue = budget.TotalSeconds });
        var claimed = new List<ClaimedDelivery>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            claimed.Add(new ClaimedDelivery(
                reader.GetGuid(0),
                reader.GetGuid(1),
                reader.GetGuid(2),
                reader.GetInt32(3),
                reader.GetFieldValue<DateTimeOffset>(4),
                reader.GetString(5),
                reader.GetString(6),
                reader.IsDBNull(7) ? null : reader.GetString(7),
                reader.IsDBNull(8) ? null : reader.GetFieldValue<DateTimeOffset>(8),
                reader.GetInt32(9),
                reader.GetGuid(10),
                reader.GetInt64(11),
                reader.GetString(12),
                reader.GetInt16(13),
                reader.GetFieldValue<DateTimeOffset>(14),
                reader.GetString(15),
                reader.GetString(16),
                reader.GetString(17)));
        }

        return claimed;
    }
}
