using Jipp.Application.Common.Interfaces;
using Jipp.Domain.ApiClients;
using Jipp.Infrastructure.Persistence.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Jipp.Infrastructure.Persistence;

/// <summary>
/// Brings the database to the current schema and reference data at start, and makes the
/// bootstrap administrator's key usable. Every step is idempotent.
/// </summary>
public sealed partial class DatabaseInitializer(
    JippDbContext db,
    ReferenceDataSeeder seeder,
    DemoDataSeeder demoData,
    IApiKeyService keys,
    IConfiguration configuration,
    TimeProvider clock,
    IHostEnvironment environment,
    ILogger<DatabaseInitializer> logger)
{
    public const string AdminKeyVariable = "JIPP_ADMIN_API_KEY";
    public const string SeedDemoDataSetting = "Jipp:SeedDemoData";
    private const int Attempts = 30;

    public static async Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().RunAsync(cancellationToken);
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        // A database that is still starting (compose, a fresh cluster) gets a little time.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await db.Database.MigrateAsync(cancellationToken);
                break;
            }
            catch (NpgsqlException ex) when (ex.IsTransient && attempt < Attempts)
            {
                LogDatabaseNotReady(logger, attempt, Attempts);
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            }
        }

        await seeder.SeedAsync(cancellationToken);
        await BootstrapAdministratorAsync(cancellationToken);

        // Demo data is on by default in Development (the run command) and off elsewhere.
        if (configuration.GetValue(SeedDemoDataSetting, environment.IsDevelopment()))
        {
            await demoData.SeedAsync(cancellationToken);
        }
    }

    private async Task BootstrapAdministratorAsync(CancellationToken cancellationToken)
    {
        var key = configuration[AdminKeyVariable];
        if (string.IsNullOrWhiteSpace(key))
        {
            return;
        }

        var hash = keys.Hash(key);
        var admin = await db.ApiClients.SingleOrDefaultAsync(c => c.Id == SeedIds.BootstrapAdminClient, cancellationToken);
        if (admin is null)
        {
            db.ApiClients.Add(ApiClient.Create(SeedIds.BootstrapAdminClient, "Bootstrap administrator", ApiClientRole.Ministry, null, null, hash, keys.PrefixOf(key), clock.GetUtcNow()));
        }
        else
        {
            admin.ResetKey(hash, keys.PrefixOf(key));
        }

        await db.SaveChangesAsync(cancellationToken);
        LogAdminReady(logger);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database is not reachable yet (attempt {Attempt} of {Attempts}); retrying")]
    private static partial void LogDatabaseNotReady(ILogger logger, int attempt, int attempts);

    [LoggerMessage(Level = LogLevel.Information, Message = "The bootstrap administrator client holds the configured JIPP_ADMIN_API_KEY")]
    private static partial void LogAdminReady(ILogger logger);
}
