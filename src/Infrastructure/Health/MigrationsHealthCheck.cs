using Jipp.Infrastructure.Persistence;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Jipp.Infrastructure.Health;

/// <summary>Ready only when the database has every migration this build knows.</summary>
public sealed class MigrationsHealthCheck(JippDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var pending = await MigrationHistory.PendingAsync(db, cancellationToken);
        return pending.Count == 0
            ? HealthCheckResult.Healthy("The database schema is current.")
            : HealthCheckResult.Unhealthy($"{pending.Count} migration(s) not applied yet.");
    }
}
