using System.Diagnostics;
using Jipp.Api.Tests.Infrastructure;
using Npgsql;

namespace Jipp.Api.Tests.Events;

/// <summary>
/// The background stamper (Jipp:Events:StampIntervalMilliseconds, 200 ms as deployed): committed events get their
/// positions without anyone reading the feed, as pushes will need.
/// </summary>
public sealed class EventStamperTests(ApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task A_committed_event_is_positioned_without_a_reader()
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync();
        var id = Guid.CreateVersion7();
        await using (var insert = new NpgsqlCommand(
            "INSERT INTO events (id, data, occurred_at, subject_id, subject_type, type) VALUES ($1, '{}', now(), 'x', 'test', 'test.written')", connection))
        {
            insert.Parameters.Add(new NpgsqlParameter { Value = id });
            await insert.ExecuteNonQueryAsync();
        }

        await using var position = new NpgsqlCommand("SELECT sequence FROM events WHERE id = $1", connection);
        position.Parameters.Add(new NpgsqlParameter { Value = id });
        var watch = Stopwatch.StartNew();
        object? sequence;
        while ((sequence = await position.ExecuteScalarAsync()) is DBNull && watch.Elapsed < TimeSpan.FromSeconds(20))
        {
            await Task.Delay(50);
        }

        Assert.IsType<long>(sequence);
    }
}
