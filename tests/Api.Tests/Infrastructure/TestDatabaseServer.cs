using Jipp.Infrastructure;
using Jipp.Infrastructure.Persistence;
using Jipp.Infrastructure.Persistence.Seed;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Testcontainers.PostgreSql;

namespace Jipp.Api.Tests.Infrastructure;

/// <summary>
/// The PostgreSQL server of a test run: the one named by <c>JIPP_TEST_POSTGRES</c> (the test
/// command starts a throwaway cluster and sets it), else a Testcontainers container. One template
/// database is migrated and seeded once; every test class gets its own copy of it.
/// </summary>
public static class TestDatabaseServer
{
    public const string EnvironmentVariable = "JIPP_TEST_POSTGRES";

    private static readonly SemaphoreSlim CreateLock = new(1, 1);
    private static readonly Lazy<Task<(string Admin, string Template)>> Server = new(StartAsync);

    /// <summary>A new database copied from the migrated and seeded template.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        var (_, template) = await Server.Value;
        return await CreateDatabaseAsync("TEMPLATE " + template);
    }

    /// <summary>A new, empty database (PostgreSQL's default template): what a first deployment starts on.</summary>
    public static Task<string> CreateEmptyDatabaseAsync() => CreateDatabaseAsync(string.Empty);

    private static async Task<string> CreateDatabaseAsync(string options)
    {
        var (admin, _) = await Server.Value;
        var name = "jipp_test_" + Guid.NewGuid().ToString("N")[..12];
        await CreateLock.WaitAsync();
        try
        {
            await ExecuteAsync(admin, $"CREATE DATABASE {name} {options}");
        }
        finally
        {
            CreateLock.Release();
        }

        return new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = true }.ConnectionString;
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var (admin, _) = await Server.Value;
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }

    private static async Task<(string Admin, string Template)> StartAsync()
    {
        var admin = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(admin))
        {
            var container = new PostgreSqlBuilder("postgres:16-alpine").Build();
            await container.StartAsync();
            admin = container.GetConnectionString();
        }

        admin = new NpgsqlConnectionStringBuilder(admin) { Pooling = false }.ConnectionString;
        var template = "jipp_template_" + Environment.ProcessId;
        await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS {template} WITH (FORCE)");
        await ExecuteAsync(admin, $"CREATE DATABASE {template}");

        var templateConnection = new NpgsqlConnectionStringBuilder(admin) { Database = template, Pooling = false }.ConnectionString;
        var options = new DbContextOptionsBuilder<JippDbContext>();
        DependencyInjection.Configure(options, templateConnection);
        await using (var db = new JippDbContext(options.Options))
        {
            await db.Database.MigrateAsync();
            await new ReferenceDataSeeder(db).SeedAsync();
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                ExecuteAsync(admin, $"DROP DATABASE IF EXISTS {template} WITH (FORCE)").GetAwaiter().GetResult();
            }
            catch (NpgsqlException)
            {
                // The server may already be gone at exit; the test command removes it anyway.
            }
        };
        return (admin, template);
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
