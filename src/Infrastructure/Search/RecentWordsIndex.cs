using System.Globalization;
using Jipp.Application.Innovations.ListInnovations;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Jipp.Infrastructure.Search;

/// <summary>
/// GIN indexes of the words of the newest published innovations only (ADR 31): <c>gin (search_vector) WHERE state =
/// 'Published' AND id &gt;= bound</c>, one for each depth of <see cref="SearchOptions.EffectiveRecentIndexDepths"/>
/// (32,000, 128,000 and 256,000), whose bound is the id at which that many newest innovations began when it was built. A
/// search's ranges (<see cref="SearchRanges"/>) and matchmaking's bounded terms ask for matches with <c>id &gt;= </c> a
/// bound; where that bound is at or above an index's, PostgreSQL proves that the partial index holds every row they can
/// match and reads its short posting lists instead of a word's entries among the whole registry (at a million,
/// <c>posyandu</c>: 54,000 entries, 5–10 ms), the smallest such index first.
/// </summary>
/// <remarks>
/// An index is built at start when its depth has none, and again when more than twice its depth of innovations lie
/// above its bound or fewer than its depth do (the depth was raised), concurrently (writes go on); the ones no depth
/// keeps are dropped. Only speed depends on them, never an answer: without them (being built, failed, turned off)
/// PostgreSQL uses the whole GIN index. The bound is in the index's name, so the catalogue is the only record.
/// Instances take turns through an advisory lock.
/// </remarks>
public sealed partial class RecentWordsIndex(NpgsqlDataSource dataSource, IOptions<SearchOptions> options, TimeProvider clock, ILogger<RecentWordsIndex> logger) : BackgroundService
{
    /// <summary>The names of the index: this prefix and its bound's 32 hexadecimal digits (60 characters, under PostgreSQL's 63).</summary>
    public const string NamePrefix = "ix_innovations_recent_words_";

    /// <summary>How often the index's size is checked.</summary>
    public static readonly TimeSpan CheckEvery = TimeSpan.FromMinutes(10);

    // An advisory lock of its own (a constant, "JIPPRWI" in ASCII), so two instances never build at once.
    private const long LockKey = 0x4A49505052_5749;

    /// <summary>The bounds of the valid indexes, oldest (deepest) first.</summary>
    public async Task<IReadOnlyList<Guid>> CurrentBoundsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var (valid, _) = await ListAsync(connection, cancellationToken);
        return valid.Select(v => v.Bound).ToList();
    }

    /// <summary>
    /// Keeps one index for each depth of <see cref="SearchOptions.EffectiveRecentIndexDepths"/>: an index fits a depth
    /// while at least that many and at most twice that many innovations lie above its bound; where none fits, one is
    /// built at the depth. Drops the ones no depth keeps and any left invalid by an interrupted build. Returns whether
    /// it built one; false also when another instance holds the turn.
    /// </summary>
    public async Task<bool> MaintainAsync(CancellationToken cancellationToken)
    {
        var depths = options.Value.EffectiveRecentIndexDepths.Where(d => d > 0).Distinct().Order().ToList();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        if (!await ScalarAsync<bool>(connection, $"SELECT pg_try_advisory_lock({LockKey})", cancellationToken))
        {
            return false;
        }

        try
        {
            var (valid, invalid) = await ListAsync(connection, cancellationToken);

            // An interrupted build leaves an invalid index behind, which would keep its name from being built again.
            await DropAsync(connection, invalid, cancellationToken);

            var kept = new List<string>();
            var built = false;
            foreach (var depth in depths)
            {
                var target = await BoundAtAsync(connection, depth, cancellationToken);
                var outgrown = await BoundAtAsync(connection, 2 * depth, cancellationToken);
                var fit = valid.Where(v => !kept.Contains(v.Name) && Compare(v.Bound, target) <= 0 && Compare(v.Bound, outgrown) >= 0)
                    .Select(v => v.Name).LastOrDefault();
                var name = fit ?? NameOf(target);
                if (kept.Contains(name))
                {
                    continue; // a small registry: one index holds every depth
                }

                if (fit is null && valid.All(v => v.Name != name))
                {
                    // Concurrently: writes to the innovations go on while it is built. Not in a transaction (PostgreSQL refuses it there).
                    var started = clock.GetTimestamp();
                    await ExecuteAsync(connection, $"CREATE INDEX CONCURRENTLY {name} ON innovations USING gin (search_vector) WHERE state = 'Published' AND id >= '{BoundOf(name)}'::uuid", cancellationToken);
                    var elapsed = clock.GetElapsedTime(started).TotalMilliseconds;
                    LogBuilt(logger, name, elapsed);
                    built = true;
                }

                kept.Add(name);
            }

            await DropAsync(connection, valid.Select(v => v.Name).Where(name => !kept.Contains(name)), cancellationToken);
            return built;
        }
        finally
        {
            // Connections go back to the pool without a reset (ADR 30), so the session's lock is given back here. If the
            // connection is broken, so is the session, and the lock went with it.
            try
            {
                await ExecuteAsync(connection, $"SELECT pg_advisory_unlock({LockKey})", CancellationToken.None);
            }
            catch (NpgsqlException)
            {
            }
        }
    }

    private static async Task DropAsync(NpgsqlConnection connection, IEnumerable<string> names, CancellationToken cancellationToken)
    {
        foreach (var name in names)
        {
            await ExecuteAsync(connection, $"DROP INDEX CONCURRENTLY IF EXISTS {name}", cancellationToken);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await MaintainLoggedAsync(stoppingToken);
        if (!options.Value.EffectiveRecentIndexDepths.Any(d => d > 0))
        {
            return;
        }

        using var timer = new PeriodicTimer(CheckEvery, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await MaintainLoggedAsync(stoppingToken);
        }
    }

    private async Task MaintainLoggedAsync(CancellationToken cancellationToken)
    {
        try
        {
            await MaintainAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogFailed(logger, exception);
        }
    }

    /// <summary>The index's name for <paramref name="bound"/>.</summary>
    public static string NameOf(Guid bound) => NamePrefix + bound.ToString("N", CultureInfo.InvariantCulture);

    /// <summary>The bound of the index named <paramref name="name"/>.</summary>
    public static Guid BoundOf(string name) => Guid.ParseExact(name[NamePrefix.Length..], "N");

    // The valid indexes, oldest bound first, and the invalid ones (a build that was interrupted).
    private static async Task<(List<(string Name, Guid Bound)> Valid, List<string> Invalid)> ListAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var valid = new List<(string Name, Guid Bound)>();
        var invalid = new List<string>();
        await using var command = new NpgsqlCommand(
            """
            SELECT c.relname, x.indisvalid
            FROM pg_index AS x JOIN pg_class AS c ON c.oid = x.indexrelid
            WHERE x.indrelid = 'innovations'::regclass AND c.relname LIKE 'ix\_innovations\_recent\_words\_%'
            """,
            connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var name = reader.GetString(0);
            if (reader.GetBoolean(1) && Guid.TryParseExact(name[NamePrefix.Length..], "N", out var bound))
            {
                valid.Add((name, bound));
            }
            else
            {
                invalid.Add(name);
            }
        }

        valid.Sort((a, b) => Compare(a.Bound, b.Bound));
        return (valid, invalid);
    }

    // Uuids in PostgreSQL's order (bytewise), which is the order of their digits as text (Guid.CompareTo is not).
    private static int Compare(Guid a, Guid b) => string.CompareOrdinal(a.ToString("N", CultureInfo.InvariantCulture), b.ToString("N", CultureInfo.InvariantCulture));

    // The id at which the newest depth innovations begin, or the smallest uuid when there are fewer.
    private static async Task<Guid> BoundAtAsync(NpgsqlConnection connection, int depth, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT id FROM innovations ORDER BY id DESC OFFSET @skip LIMIT 1", connection);
        command.Parameters.AddWithValue("skip", (long)depth - 1);
        return await command.ExecuteScalarAsync(cancellationToken) is Guid bound ? bound : Guid.Empty;
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index of the newest published innovations built: {Name} in {ElapsedMilliseconds:F0} ms")]
    private static partial void LogBuilt(ILogger logger, string name, double elapsedMilliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Maintaining the search index of the newest published innovations failed; searches use the whole index until the next attempt")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
