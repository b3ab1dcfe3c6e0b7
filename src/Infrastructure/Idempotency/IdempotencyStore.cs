using Npgsql;

namespace Jipp.Infrastructure.Idempotency;

/// <summary>What the store knows of a key when a request arrives.</summary>
public enum IdempotencyClaim
{
    /// <summary>The key is new (or expired): this request runs.</summary>
    Claimed,

    /// <summary>The same key and body completed before: replay its response.</summary>
    Completed,

    /// <summary>The same key and body are running right now.</summary>
    InProgress,

    /// <summary>The key was used with another body.</summary>
    Reused,
}

public sealed record StoredResponse(int Status, string? ContentType, string? Location, byte[] Body);

/// <summary>
/// Idempotency keys in PostgreSQL, per client and key, with a fingerprint of the request. Claiming
/// is one atomic INSERT … ON CONFLICT, so of concurrent identical requests exactly one runs.
/// </summary>
public sealed class IdempotencyStore(NpgsqlDataSource dataSource, TimeProvider clock)
{
    public const string InProgress = "in_progress";

    /// <summary>
    /// The change is saved in a transaction that also keeps the response (the transaction then sets
    /// <see cref="Completed"/>). Never taken over: another request sees it only if a change committed
    /// without its response, which the unit of work does not do.
    /// </summary>
    public const string Applied = "applied";

    public const string Completed = "completed";

    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    /// <summary>
    /// A claim still running (not applied) after this long is taken over by a retry. That is safe even
    /// if its request is still alive: its change can only commit while it still holds the claim.
    /// </summary>
    public static readonly TimeSpan AbandonedAfter = TimeSpan.FromSeconds(10);

    public async Task<(IdempotencyClaim Claim, StoredResponse? Response, Guid ClaimId)> ClaimAsync(Guid clientId, string key, byte[] fingerprint, CancellationToken cancellationToken)
    {
        var claimId = Guid.CreateVersion7();
        var now = clock.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);

        // An expired key, or a claim abandoned by a process that died, is forgotten, so that the claim below can take it.
        await using (var expire = new NpgsqlCommand(
            "DELETE FROM idempotency_keys WHERE client_id = $1 AND key = $2 AND (expires_at <= $3 OR (state = 'in_progress' AND created_at <= $4))",
            connection))
        {
            expire.Parameters.Add(new() { Value = clientId });
            expire.Parameters.Add(new() { Value = key });
            expire.Parameters.Add(new() { Value = now });
            expire.Parameters.Add(new() { Value = now - AbandonedAfter });
            await expire.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var claim = new NpgsqlCommand(
            "INSERT INTO idempotency_keys (client_id, key, fingerprint, state, created_at, expires_at, claim_id) VALUES ($1, $2, $3, 'in_progress', $4, $5, $6) ON CONFLICT DO NOTHING",
            connection))
        {
            claim.Parameters.Add(new() { Value = clientId });
            claim.Parameters.Add(new() { Value = key });
            claim.Parameters.Add(new() { Value = fingerprint });
            claim.Parameters.Add(new() { Value = now });
            claim.Parameters.Add(new() { Value = now + Lifetime });
            claim.Parameters.Add(new() { Value = claimId });
            if (await claim.ExecuteNonQueryAsync(cancellationToken) == 1)
            {
                return (IdempotencyClaim.Claimed, null, claimId);
            }
        }

        await using var read = new NpgsqlCommand(
            "SELECT fingerprint, state, response_status, response_content_type, response_location, response_body FROM idempotency_keys WHERE client_id = $1 AND key = $2",
            connection);
        read.Parameters.Add(new() { Value = clientId });
        read.Parameters.Add(new() { Value = key });
        await using var reader = await read.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            // Released between our insert and read: report it as running; the caller retries.
            return (IdempotencyClaim.InProgress, null, default);
        }

        if (!((byte[])reader[0]).AsSpan().SequenceEqual(fingerprint))
        {
            return (IdempotencyClaim.Reused, null, default);
        }

        if ((string)reader[1] != Completed)
        {
            return (IdempotencyClaim.InProgress, null, default);
        }

        return (IdempotencyClaim.Completed, new StoredResponse(
            reader.GetInt32(2),
            reader.IsDBNull(3) ? null : reader.GetString(3),
            reader.IsDBNull(4) ? null : reader.GetString(4),
            (byte[])reader[5]), default);
    }

    public async Task CompleteAsync(Guid clientId, string key, Guid claimId, StoredResponse response, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await CompleteAsync(connection, null, clientId, key, claimId, response, cancellationToken);
    }

    /// <summary>Keeps the response of a claim, on <paramref name="connection"/> and in <paramref name="transaction"/> when given.</summary>
    public static async Task CompleteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, Guid clientId, string key, Guid claimId, StoredResponse response, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "UPDATE idempotency_keys SET state = 'completed', response_status = $3, response_content_type = $4, response_location = $5, response_body = $6 WHERE client_id = $1 AND key = $2 AND claim_id = $7 AND state <> 'completed'",
            connection,
            transaction);
        command.Parameters.Add(new() { Value = clientId });
        command.Parameters.Add(new() { Value = key });
        command.Parameters.Add(new() { Value = response.Status });
        command.Parameters.Add(new() { Value = (object?)response.ContentType ?? DBNull.Value });
        command.Parameters.Add(new() { Value = (object?)response.Location ?? DBNull.Value });
        command.Parameters.Add(new() { Value = response.Body });
        command.Parameters.Add(new() { Value = claimId });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Forgets a claim whose request failed unexpectedly, so that a retry runs it again.</summary>
    public async Task ReleaseAsync(Guid clientId, string key, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("DELETE FROM idempotency_keys WHERE client_id = $1 AND key = $2 AND state = 'in_progress'", connection);
        command.Parameters.Add(new() { Value = clientId });
        command.Parameters.Add(new() { Value = key });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
