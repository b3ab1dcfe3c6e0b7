using Microsoft.Extensions.Logging;
using Npgsql;

namespace Jipp.Infrastructure.Matchmaking;

/// <summary>Settings of matchmaking, bound from <c>Jipp:Matchmaking</c>.</summary>
public sealed record MatchmakingOptions
{
    public const string SectionName = "Jipp:Matchmaking";

    /// <summary>
    /// <c>Jipp:Matchmaking:TermRefreshMinutes</c>: how often the term table is computed again from the published
    /// innovations (60 by default); a refresh is skipped while the table is younger than this, whichever instance wrote
    /// it. 0 turns the background refresh off.
    /// </summary>
    public int TermRefreshMinutes { get; init; } = 60;
}

/// <summary>
/// The term table of matchmaking (ADR 26): for every lexeme of the published innovations' search vectors, how many
/// of them hold it (<c>matchmaking_terms</c>), and how many there are (<c>matchmaking_corpus</c>). Computed with
/// <c>ts_stat</c> in one transaction, so readers see the old table until the new one is complete.
/// </summary>
public sealed partial class TermStatistics(NpgsqlDataSource dataSource, ILogger<TermStatistics> logger)
{
    // The corpus row first, then the terms (alphabetical, the order a bulk reset of the tables is likely to take), so that
    // two transactions writing both wait for each other rather than deadlock.
    private const string RefreshSql = """
        INSERT INTO matchmaking_corpus (id, documents, refreshed_at)
            SELECT 1, count(*), now() FROM innovations WHERE state = 'Published'
            ON CONFLICT (id) DO UPDATE SET documents = excluded.documents, refreshed_at = excluded.refreshed_at;
        DELETE FROM matchmaking_terms;
        INSERT INTO matchmaking_terms (lexeme, documents)
            SELECT word, ndoc FROM ts_stat('SELECT search_vector FROM innovations WHERE state = ''Published''');
        """;

    /// <summary>How long ago the table was last computed, or null if never.</summary>
    public async Task<TimeSpan?> AgeAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT now() - refreshed_at FROM matchmaking_corpus WHERE id = 1");
        return await command.ExecuteScalarAsync(cancellationToken) is TimeSpan age ? age : null;
    }

    /// <summary>Computes the table again from the published innovations.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var command = new NpgsqlCommand(RefreshSql, connection, transaction) { CommandTimeout = 0 })
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        LogRefreshed(logger, elapsed);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Matchmaking term table refreshed in {ElapsedMilliseconds:F0} ms")]
    private static partial void LogRefreshed(ILogger logger, double elapsedMilliseconds);
}
