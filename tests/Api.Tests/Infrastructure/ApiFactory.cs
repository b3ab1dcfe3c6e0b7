using System.Net.Http.Headers;
using Jipp.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Respawn;

namespace Jipp.Api.Tests.Infrastructure;

/// <summary>The service, in memory, on its own database copied from the migrated and seeded template.</summary>
public sealed class ApiFactory : ApiFactoryBase;

/// <summary>The service on its own test database; derive to change how the host is built.</summary>
public class ApiFactoryBase : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string AdminKey = "jipp_test-bootstrap-admin-key-0123456789abcdef";

    private string _connectionString = string.Empty;
    private Respawner? _respawner;

    public string ConnectionString => _connectionString;

    public virtual async Task InitializeAsync()
    {
        _connectionString = await CreateDatabaseAsync();
        StartServer(); // start the host: migrations (none pending) and the bootstrap administrator
    }

    /// <summary>The database the service starts on: a copy of the migrated and seeded template.</summary>
    protected virtual Task<string> CreateDatabaseAsync() => TestDatabaseServer.CreateDatabaseAsync();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Default", _connectionString);
        builder.UseSetting(DatabaseInitializer.AdminKeyVariable, AdminKey);

        // Statistics are cached in production; the tests check them against the data they just wrote.
        builder.UseSetting("Jipp:Statistics:RefreshSeconds", "0");

        // Key lookups are remembered for seconds in production; the tests revoke keys and expect 401 at once.
        // KeyCacheFactory tests the cache itself.
        builder.UseSetting("Jipp:ApiKeyCacheSeconds", "0");

        // Searches among published innovations are cached for seconds in production; the tests publish and search at once.
        // SearchCacheTests test the cache itself.
        builder.UseSetting("Jipp:Search:CacheSeconds", "0");

        // Webhooks retry for 24 h in production; tests run their whole schedule in seconds. Secrets are encrypted
        // with a key made for this run (never one kept in the repository).
        builder.UseSetting("Jipp:Webhooks:PollIntervalMilliseconds", "250");
        builder.UseSetting("Jipp:Webhooks:RetryBaseDelaySeconds", "0.2");
        builder.UseSetting("Jipp:Webhooks:RetryMaxDelaySeconds", "0.5");
        builder.UseSetting("Jipp:Webhooks:RetryBudgetSeconds", "1");
        builder.UseSetting("Jipp:Webhooks:PauseAfterFailures", "1");
        builder.UseSetting("Jipp:Webhooks:ConnectTimeoutSeconds", "2");
        builder.UseSetting("Jipp:Webhooks:AttemptTimeoutSeconds", "3");
        builder.UseSetting("Jipp:Webhooks:LeaseSeconds", "10");
        builder.UseSetting("Jipp:Webhooks:SecretKeys:0", WebhookSecretKey);
    }

    /// <summary>The key that encrypts webhook secrets in this test run.</summary>
    private static readonly string WebhookSecretKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    /// <summary>Empties every table and seeds the reference data and the administrator again.</summary>
    public async Task ResetAsync()
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        _respawner ??= await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            SchemasToInclude = ["public"],
            TablesToIgnore = ["__EFMigrationsHistory", "provinces", "regencies", "sectors"],
        });

        // The host's background work (the event stamper positions events every 200 ms) writes while the tables are
        // emptied, and an UPDATE and a DELETE of the same rows in different orders can deadlock: when PostgreSQL picks
        // the reset as the victim, the reset runs again (emptying tables twice is harmless).
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await _respawner.ResetAsync(connection);
                break;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DeadlockDetected && attempt < 3)
            {
            }
        }

        await DatabaseInitializer.InitializeAsync(Services);
    }

    public HttpClient CreateClient(string? apiKey)
    {
        var client = CreateClient();
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        }

        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    public async Task<T> WithDbAsync<T>(Func<JippDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<JippDbContext>());
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await TestDatabaseServer.DropDatabaseAsync(_connectionString);
    }
}
