using Npgsql;

namespace Jipp.Api.Tests.Security.Fuzzing;

/// <summary>
/// A cheap fingerprint of every table of the service's database, in one round trip: per table the
/// row count and the sum of the rows' <c>xmin</c>, the id of the transaction that wrote each row
/// version. Any INSERT, UPDATE or DELETE changes one or the other (an UPDATE writes a new row version
/// even when the values stay the same), so two equal fingerprints mean that nothing was written.
/// Hashing the rows' text would say the same at many times the cost, as tables grow during the run.
/// </summary>
/// <remarks>
/// One table is fingerprinted with care: <c>idempotency_keys</c>. A refused POST that carries an
/// <c>Idempotency-Key</c> keeps its refusal under that key, by contract, so that a retry gets the same
/// answer. The rows of the request's own key are therefore left out; any other row must not change.
/// The <c>events</c> table is fingerprinted by its rows and their write order, not by <c>xmin</c>: the
/// feed positions committed events after the fact (ADR 18), in the background, so an event written by an
/// earlier, accepted request may be stamped while a later request runs. A new or removed event still shows.
/// </remarks>
public sealed class DatabaseFingerprint : IAsyncDisposable
{
    private const string IdempotencyTable = "idempotency_keys";
    private const string EventsTable = "events";

    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlCommand _command;

    private DatabaseFingerprint(NpgsqlConnection connection, IReadOnlyList<string> tables)
    {
        _connection = connection;
        Tables = tables;
        var columns = tables.Select(table =>
        {
            if (table == EventsTable)
            {
                return $"(SELECT count(*) || ':' || coalesce(sum(t.write_order), 0) FROM \"{table}\" t)";
            }

            var filter = table == IdempotencyTable ? " WHERE t.key IS DISTINCT FROM @key" : string.Empty;
            return $"(SELECT count(*) || ':' || coalesce(sum(t.xmin::text::bigint), 0) FROM \"{table}\" t{filter})";
        });
        _command = new NpgsqlCommand($"SELECT {string.Join(", ", columns)}", connection);
        _command.Parameters.Add(new NpgsqlParameter("key", NpgsqlTypes.NpgsqlDbType.Text));
    }

    public IReadOnlyList<string> Tables { get; }

    public static async Task<DatabaseFingerprint> CreateAsync(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '__EFMigrationsHistory' ORDER BY table_name",
            connection);
        var tables = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        if (!tables.Contains(IdempotencyTable))
        {
            throw new InvalidOperationException($"The table {IdempotencyTable} is gone; review what a refused request may write.");
        }

        var fingerprint = new DatabaseFingerprint(connection, tables);
        await fingerprint._command.PrepareAsync();
        return fingerprint;
    }

    /// <summary>One "table:rows:xmin sum" entry per table; <paramref name="ownIdempotencyKey"/> names the rows a refused request may write.</summary>
    public async Task<string[]> TakeAsync(string? ownIdempotencyKey)
    {
        _command.Parameters[0].Value = (object?)ownIdempotencyKey ?? DBNull.Value;
        await using var reader = await _command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return Tables.Select((table, i) => $"{table}:{reader.GetString(i)}").ToArray();
    }

    public async ValueTask DisposeAsync()
    {
        await _command.DisposeAsync();
        await _connection.DisposeAsync();
    }

    /// <summary>The tables whose entries differ, or an empty list.</summary>
    public static IReadOnlyList<string> Differences(string[] before, string[] after) =>
        before.Zip(after).Where(p => p.First != p.Second).Select(p => $"{p.First} -> {p.Second}").ToList();
}
