using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Jipp.Api.Tests.Infrastructure;
using Jipp.Api.Tests.Security;
using Jipp.Application.Common.Records;
using Jipp.Infrastructure;
using Jipp.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Jipp.Api.Tests.Events;

/// <summary>
/// The service without the background stamper, so that what a reader sees comes from the stamping that
/// <c>GET /events</c> does before it reads.
/// </summary>
public sealed class NoBackgroundStampingFactory : ApiFactoryBase
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Jipp:Events:StampIntervalMilliseconds", "0");
    }
}

/// <summary>
/// The event feed without a global write lock (docs/adr/0018-event-feed-without-a-global-lock.md): writers of
/// events never wait for one another; a reader still sees every committed event exactly once, in positions that
/// only grow, and never finds a new event at or below a position it has passed. The writers here are raw
/// Npgsql transactions that insert an event as the service's writer does (the columns EF Core sends), so that a
/// test can hold one open while another commits.
/// </summary>
public sealed class EventFeedConcurrencyTests(NoBackgroundStampingFactory factory) : SecurityFactoryTest<NoBackgroundStampingFactory>(factory)
{
    /// <summary>Long enough for a loaded machine, short enough that a writer stuck behind a lock fails the test.</summary>
    private static readonly TimeSpan NoWait = TimeSpan.FromSeconds(15);

    private HttpClient? _ministry;

    private HttpClient Ministry => _ministry ??= Factory.CreateClient(ApiFactory.AdminKey);

    [Fact]
    public async Task A_writer_commits_while_another_writers_event_is_uncommitted_and_the_feed_shows_each_once_in_growing_positions()
    {
        await using var a = await OpenAsync();
        await using var txA = await a.BeginTransactionAsync();
        var eventA = await InsertEventAsync(a, txA, "a");

        // B writes and commits while A holds its uncommitted event: with a lock shared by writers it would wait for A.
        // lock_timeout makes such a wait an error in the database too, whatever the test's own guard does.
        var watch = Stopwatch.StartNew();
        Guid eventB;
        try
        {
            eventB = await Task.Run(async () =>
            {
                await using var b = await OpenAsync();
                await using (var timeout = new NpgsqlCommand("SET lock_timeout = '10s'", b))
                {
                    await timeout.ExecuteNonQueryAsync();
                }

                await using var txB = await b.BeginTransactionAsync();
                var id = await InsertEventAsync(b, txB, "b");
                await txB.CommitAsync();
                return id;
            }).WaitAsync(NoWait);
        }
        catch (TimeoutException)
        {
            await txA.RollbackAsync();
            throw new Xunit.Sdk.XunitException($"Writer B waited for writer A's open transaction for over {NoWait.TotalSeconds} s");
        }

        Assert.True(watch.Elapsed < NoWait, $"writer B took {watch.Elapsed}");
        Assert.Equal(System.Data.ConnectionState.Open, a.State); // A is still open and uncommitted

        // Before A commits: the feed shows B and not A.
        var (before, nextAfter) = await ReadFeedAsync(after: 0);
        Assert.Contains(before, e => e.Id == eventB);
        Assert.DoesNotContain(before, e => e.Id == eventA);
        var positionB = before.Single(e => e.Id == eventB).Sequence;
        Assert.Equal(positionB, nextAfter);

        await txA.CommitAsync();

        // After A commits: a reader that passed B finds A after it, at a higher position.
        var (after, _) = await ReadFeedAsync(nextAfter);
        var itemA = Assert.Single(after);
        Assert.Equal(eventA, itemA.Id);
        Assert.True(itemA.Sequence > positionB, $"A's position {itemA.Sequence} is not above B's {positionB}");

        // From the start: every event exactly once, positions strictly increasing without gaps.
        var (all, _) = await ReadFeedAsync(after: 0);
        Assert.Equal([eventB, eventA], all.Select(e => e.Id));
        AssertPositionsStrictlyIncreasingWithoutGaps(all);
        Assert.All(all, e => Assert.Equal(1, e.Version));
    }

    [Fact]
    public async Task Concurrent_writers_and_a_polling_reader_the_reader_sees_every_committed_event_once_and_never_below_a_passed_position()
    {
        const int writers = 8;
        const int transactionsPerWriter = 50;
        var committed = new ConcurrentDictionary<Guid, (int Writer, int Transaction)>();
        var rolledBack = new ConcurrentBag<Guid>();
        var writerOrder = new ConcurrentDictionary<int, List<Guid>>();

        using var stop = new CancellationTokenSource();
        var seen = new List<FeedItem>();
        var violations = new List<string>();
        var reader = Task.Run(async () =>
        {
            long after = 0;
            var passed = 0L; // the highest position the reader has passed
            var ids = new HashSet<Guid>();
            while (true)
            {
                var stopping = stop.IsCancellationRequested;
                var (items, next) = await ReadPageAsync(after, limit: 7);
                foreach (var item in items)
                {
                    if (item.Sequence <= passed)
                    {
                        violations.Add($"event {item.Id} appeared at {item.Sequence}, at or below the passed position {passed}");
                    }

                    if (!ids.Add(item.Id))
                    {
                        violations.Add($"event {item.Id} appeared twice");
                    }

                    passed = Math.Max(passed, item.Sequence);
                    seen.Add(item);
                }

                after = next;
                if (stopping && items.Count == 0)
                {
                    return;
                }
            }
        });

        // Each writer on its own connection: transactions of one or two events, some held open a little (so that commit
        // order differs from insert order), one in ten rolled back.
        var tasks = Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            var random = new Random(w);
            var order = writerOrder.GetOrAdd(w, _ => []);
            await using var connection = await OpenAsync();
            await using (var timeout = new NpgsqlCommand("SET lock_timeout = '10s'", connection))
            {
                await timeout.ExecuteNonQueryAsync();
            }

            for (var t = 0; t < transactionsPerWriter; t++)
            {
                await using var tx = await connection.BeginTransactionAsync();
                var ids = new List<Guid> { await InsertEventAsync(connection, tx, $"w{w}-t{t}-0") };
                if (random.Next(4) == 0)
                {
                    ids.Add(await InsertEventAsync(connection, tx, $"w{w}-t{t}-1"));
                }

                if (random.Next(3) == 0)
                {
                    await Task.Delay(random.Next(1, 15));
                }

                if (t % 10 == 9)
                {
                    await tx.RollbackAsync();
                    ids.ForEach(rolledBack.Add);
                    continue;
                }

                await tx.CommitAsync();
                foreach (var id in ids)
                {
                    committed[id] = (w, t);
                    order.Add(id);
                }
            }
        })).ToList();
        await Task.WhenAll(tasks).WaitAsync(TimeSpan.FromMinutes(3));
        await stop.CancelAsync();
        await reader.WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Empty(violations);
        Assert.True(committed.Count >= writers * transactionsPerWriter * 9 / 10, $"only {committed.Count} events committed");
        Assert.Equal(committed.Keys.Order(), seen.Select(e => e.Id).Order());
        Assert.DoesNotContain(seen, e => rolledBack.Contains(e.Id));
        AssertPositionsStrictlyIncreasingWithoutGaps(seen);

        // What the reader collected while the writers ran is the feed as it stands: same events, same positions.
        var (all, _) = await ReadFeedAsync(after: 0);
        Assert.Equal(seen.Select(e => (e.Id, e.Sequence)), all.Select(e => (e.Id, e.Sequence)));

        // A writer's transactions follow one another, so its events keep their order in the feed (as the changes of one
        // resource, which its row version serialises, keep theirs).
        var position = all.ToDictionary(e => e.Id, e => e.Sequence);
        Assert.All(writerOrder.Values, ids => Assert.Equal(ids.Select(id => position[id]).Order(), ids.Select(id => position[id])));
    }

    [Fact]
    public async Task Stampers_take_turns_and_each_sees_the_positions_the_one_before_gave()
    {
        await using var writer = await OpenAsync();
        var first = await InsertCommittedEventAsync(writer, "first");

        // Stamper 1 stamps the first event and holds its transaction (and the stamper lock) open.
        await using var stamper1 = await OpenAsync();
        await using var tx1 = await stamper1.BeginTransactionAsync();
        Assert.Equal(1, await StampAsync(stamper1, tx1));

        // An event committed while stamper 1 is open; stamper 2 must wait for stamper 1, then see its positions.
        var second = await InsertCommittedEventAsync(writer, "second");
        await using var stamper2 = await OpenAsync();
        var stamping2 = StampAsync(stamper2, null);
        await Task.Delay(500);
        Assert.False(stamping2.IsCompleted, "stamper 2 did not wait for stamper 1");

        await tx1.CommitAsync();
        Assert.Equal(1, await stamping2.WaitAsync(NoWait));

        var positions = await PositionsAsync(writer);
        Assert.Equal(positions[first] + 1, positions[second]);
    }

    [Fact]
    public async Task Without_a_reader_and_without_the_background_stamper_events_stay_unpositioned_and_the_first_read_positions_them()
    {
        await using var connection = await OpenAsync();
        var id = await InsertCommittedEventAsync(connection, "unread");
        await Task.Delay(600);
        Assert.Null((await PositionsAsync(connection)).GetValueOrDefault(id));

        var (items, _) = await ReadFeedAsync(after: 0);

        Assert.Equal(id, Assert.Single(items).Id);
        Assert.NotNull((await PositionsAsync(connection)).GetValueOrDefault(id));
    }

    [Fact]
    public async Task The_stamper_refuses_to_run_on_a_snapshot_older_than_its_lock()
    {
        await using var connection = await OpenAsync();
        await using var tx = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead);

        var error = await Assert.ThrowsAsync<PostgresException>(() => StampAsync(connection, tx));

        Assert.Contains("READ COMMITTED", error.MessageText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EF_Core_inserts_an_event_without_position_or_write_order_and_the_version_from_the_column_default()
    {
        var commands = new CommandLog();
        var options = new DbContextOptionsBuilder<JippDbContext>();
        DependencyInjection.Configure(options, Factory.ConnectionString);
        options.AddInterceptors(commands);
        // EF Core inserts the rows of one table in key order, as the unit of work relies on: ids a millisecond apart
        // (two version-7 ids of the same millisecond are in random order).
        var first = NewEvent();
        var second = NewEvent(version: 2, later: TimeSpan.FromMilliseconds(1));
        await using (var db = new JippDbContext(options.Options))
        {
            db.Events.AddRange(first, second);
            await db.SaveChangesAsync();
        }

        var insert = Assert.Single(commands.Texts, t => t.Contains("INSERT INTO events", StringComparison.Ordinal));
        Assert.DoesNotContain("sequence", insert, StringComparison.Ordinal);
        Assert.DoesNotContain("write_order", insert, StringComparison.Ordinal);

        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand("SELECT id, sequence, write_order, version FROM events WHERE id = ANY($1) ORDER BY write_order", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = new[] { first.Id, second.Id } });
        var rows = new List<(Guid Id, long? Sequence, long WriteOrder, short Version)>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                rows.Add((reader.GetGuid(0), reader.IsDBNull(1) ? null : reader.GetInt64(1), reader.GetInt64(2), reader.GetInt16(3)));
            }
        }

        Assert.Equal([first.Id, second.Id], rows.Select(r => r.Id));
        Assert.All(rows, r => Assert.Null(r.Sequence));
        Assert.All(rows, r => Assert.True(r.WriteOrder > 0));
        Assert.Equal([(short)1, (short)2], rows.Select(r => r.Version));

        var (items, _) = await ReadFeedAsync(after: 0);
        Assert.Equal([(first.Id, 1), (second.Id, 2)], items.Select(e => (e.Id, e.Version)));
    }

    private static IntegrationEvent NewEvent(short version = IntegrationEvent.FirstVersion, TimeSpan later = default) => new()
    {
        Id = Guid.CreateVersion7(DateTimeOffset.UtcNow + later),
        Type = "test.written",
        Version = version,
        OccurredAt = DateTimeOffset.UtcNow,
        SubjectType = "test",
        SubjectId = "ef",
        Data = "{}",
    };

    private static void AssertPositionsStrictlyIncreasingWithoutGaps(IReadOnlyList<FeedItem> items)
    {
        for (var i = 1; i < items.Count; i++)
        {
            Assert.True(items[i].Sequence == items[i - 1].Sequence + 1, $"position {items[i].Sequence} follows {items[i - 1].Sequence}");
        }
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>An event as the service's writer inserts it: the columns EF Core sends, nothing of the feed's own.</summary>
    private static async Task<Guid> InsertEventAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string subject)
    {
        var id = Guid.CreateVersion7();
        await using var command = new NpgsqlCommand(
            "INSERT INTO events (id, data, occurred_at, subject_id, subject_type, type) VALUES ($1, $2::jsonb, now(), $3, 'test', 'test.written')",
            connection,
            transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        command.Parameters.Add(new NpgsqlParameter { Value = JsonSerializer.Serialize(new { subject }) });
        command.Parameters.Add(new NpgsqlParameter { Value = subject });
        await command.ExecuteNonQueryAsync();
        return id;
    }

    private static async Task<Guid> InsertCommittedEventAsync(NpgsqlConnection connection, string subject)
    {
        await using var transaction = await connection.BeginTransactionAsync();
        var id = await InsertEventAsync(connection, transaction, subject);
        await transaction.CommitAsync();
        return id;
    }

    private static async Task<int> StampAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction)
    {
        await using var command = new NpgsqlCommand("SELECT stamp_events()", connection, transaction);
        return (int)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<Dictionary<Guid, long?>> PositionsAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand("SELECT id, sequence FROM events", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var positions = new Dictionary<Guid, long?>();
        while (await reader.ReadAsync())
        {
            positions[reader.GetGuid(0)] = reader.IsDBNull(1) ? null : reader.GetInt64(1);
        }

        return positions;
    }

    private async Task<(List<FeedItem> Items, long NextAfter)> ReadPageAsync(long after, int limit)
    {
        var page = await Ministry.GetFromJsonAsync<JsonElement>($"/api/v1/events?after={after}&limit={limit}", Json);
        var items = page.GetProperty("items").EnumerateArray()
            .Select(e => new FeedItem(e.GetProperty("id").GetGuid(), e.GetProperty("sequence").GetInt64(), e.GetProperty("version").GetInt32()))
            .ToList();
        var next = page.GetProperty("nextAfter").GetInt64();
        Assert.Equal(items.Count == 0 ? after : items[^1].Sequence, next);
        Assert.All(items, e => Assert.True(e.Sequence > after));
        return (items, next);
    }

    /// <summary>The feed after <paramref name="after"/>, following nextAfter to its end.</summary>
    private async Task<(List<FeedItem> Items, long NextAfter)> ReadFeedAsync(long after)
    {
        var all = new List<FeedItem>();
        while (true)
        {
            var (items, next) = await ReadPageAsync(after, limit: 1000);
            all.AddRange(items);
            if (items.Count == 0)
            {
                return (all, next);
            }

            after = next;
        }
    }

    private sealed record FeedItem(Guid Id, long Sequence, int Version);

    /// <summary>The text of every command EF Core sends.</summary>
    private sealed class CommandLog : DbCommandInterceptor
    {
        public ConcurrentQueue<string> Texts { get; } = new();

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Texts.Enqueue(command.CommandText);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Texts.Enqueue(command.CommandText);
            return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
