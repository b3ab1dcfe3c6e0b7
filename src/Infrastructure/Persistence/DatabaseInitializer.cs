using System.Diagnostics;
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
        var started = Stopwatch.GetTimestamp();

        // A database that is still starting (compose, a fresh cluster) gets a little time.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if ((await MigrationHistory.PendingAsync(db, cancellationToken)).Count > 0)
                {
                    await db.Database.MigrateAsync(cancellationToken);
                }

                break;
            }
            catch (NpgsqlException ex) when (ex.IsTransient && attempt < Attempts)
            {
                LogDatabaseNotReady(logger, attempt, Attempts);
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            }
        }

        var step = LogStep("migrations", started);
        await seeder.SeedAsync(cancellationToken);
        step = LogStep("reference data", step);
        await BootstrapAdministratorAsync(cancellationToken);
        step = LogStep("bootstrap administrator", step);

        // Demo data is on by default in Development (the run command) and off elsewhere.
        if (configuration.GetValue(SeedDemoDataSetting, environment.IsDevelopment()))
        {
            await demoData.SeedAsync(cancellationToken);
            LogStep("demo data", step);
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
        var prefix = keys.PrefixOf(key);
        if (await AdministratorHoldsAsync(hash, prefix, cancellationToken))
        {
            return;
        }

        var admin = await db.ApiClients.SingleOrDefaultAsync(c => c.Id == SeedIds.BootstrapAdminClient, cancellationToken);
        if (admin is null)
        {
            db.ApiClients.Add(ApiClient.Create(SeedIds.BootstrapAdminClient, "Bootstrap administrator", ApiClientRole.Ministry, null, null, hash, prefix, clock.GetUtcNow()));
        }
        else
        {
            admin.ResetKey(hash, prefix);
        }

        await db.SaveChangesAsync(cancellationToken);
        LogAdminReady(logger);
    }

    /// <summary>
    /// Whether the bootstrap administrator already holds this key, unrevoked: then nothing is written,
    /// and a plain command saves compiling a LINQ query and preparing the change pipeline at every start.
    /// </summary>
    private async Task<bool> AdministratorHoldsAsync(byte[] hash, string prefix, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            await db.Database.OpenConnectionAsync(ct);
            try
            {
                await using var command = new NpgsqlCommand(
                    "SELECT EXISTS (SELECT FROM api_clients WHERE id = $1 AND key_hash = $2 AND key_prefix = $3 AND revoked_at IS NULL)",
                    (NpgsqlConnection)db.Database.GetDbConnection())
                {
                    Parameters = { new() { Value = SeedIds.BootstrapAdminClient }, new() { Value = hash }, new() { Value = prefix } },
                };
                return (bool)(await command.ExecuteScalarAsync(ct))!;
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }, cancellationToken);
    }

    private long LogStep(string step, long since)
    {
        if (logger.IsEnabled(LogLevel.Debug))
        {
            var elapsed = (long)Stopwatch.GetElapsedTime(since).TotalMilliseconds;
            LogStepTook(logger, step, elapsed);
        }

        return Stopwatch.GetTimestamp();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database is not reachable yet (attempt {Attempt} of {Attempts}); retrying")]
    private static partial void LogDatabaseNotReady(ILogger logger, int attempt, int attempts);

    [LoggerMessage(Level = LogLevel.Information, Message = "The bootstrap administrator client holds the configured JIPP_ADMIN_API_KEY")]
    private static partial void LogAdminReady(ILogger logger);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Start-up: {Step} took {ElapsedMilliseconds} ms")]
    private static partial void LogStepTook(ILogger logger, string step, long elapsedMilliseconds);
}
