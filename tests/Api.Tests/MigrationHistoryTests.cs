using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jipp.Api.Tests.Infrastructure;
using Jipp.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Jipp.Api.Tests;

/// <summary>
/// The start and the readiness check read the applied migrations with one query of their own
/// (<see cref="MigrationHistory"/>) instead of EF Core's; they must see what EF Core sees.
/// </summary>
public sealed class MigrationHistoryTests(ApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task A_migrated_database_has_no_pending_migration_as_EF_Core_sees_it()
    {
        var (ours, efCore) = await PendingAsync();

        Assert.Empty(ours);
        Assert.Empty(efCore);
    }

    [Fact]
    public async Task A_migration_missing_from_the_history_is_pending_and_the_service_not_ready()
    {
        var last = await Factory.WithDbAsync(db => Task.FromResult(db.Database.GetMigrations().Last()));
        var version = await ExecuteAsync("""DELETE FROM "__EFMigrationsHistory" WHERE migration_id = $1 RETURNING product_version""", last);
        try
        {
            var (ours, efCore) = await PendingAsync();
            Assert.Equal([last], ours);
            Assert.Equal([last], efCore);

            var response = await Anonymous.GetAsync("/health/ready");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            var body = await response.Content.ReadFromJsonAsync<JsonElement>(Json);
            Assert.Equal("Unhealthy", body.GetProperty("checks").GetProperty("migrations").GetProperty("status").GetString());
        }
        finally
        {
            await ExecuteAsync("""INSERT INTO "__EFMigrationsHistory" (migration_id, product_version) VALUES ($1, $2)""", last, version);
        }

        await Expect.StatusAsync(await Anonymous.GetAsync("/health/ready"), HttpStatusCode.OK);
    }

    private Task<(IReadOnlyList<string> Ours, List<string> EfCore)> PendingAsync() =>
        Factory.WithDbAsync(async db => (await MigrationHistory.PendingAsync(db, default), (await db.Database.GetPendingMigrationsAsync()).ToList()));

    private async Task<object?> ExecuteAsync(string sql, params object?[] values)
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var value in values)
        {
            command.Parameters.Add(new() { Value = value });
        }

        return await command.ExecuteScalarAsync();
    }
}
