using System.Globalization;
using Jipp.Infrastructure.Persistence.Replicas;
using Jipp.Infrastructure.SharedState;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Jipp.Infrastructure.Health;

/// <summary>
/// Redis, where configured: degraded (never unhealthy: the service carries on with its own state) while it is not
/// connected or a recent operation failed.
/// </summary>
public sealed class RedisHealthCheck(SharedRedis redis) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(redis.Available && redis.Connection.IsConnected
            ? HealthCheckResult.Healthy("State is shared between instances in Redis.")
            : HealthCheckResult.Degraded("Redis does not answer: each instance uses its own state (rate limits, statistics)."));
}

/// <summary>
/// The read replicas, where configured: degraded (never unhealthy: reads then go to the primary) while no standby
/// answers or one is further behind than the allowed staleness.
/// </summary>
public sealed class ReadReplicasHealthCheck(StandbyDatabase standbys) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var (answering, maxLag) = standbys.State();
        var lag = maxLag.ToString("0.0", CultureInfo.InvariantCulture);
        return Task.FromResult(
            answering == 0 ? HealthCheckResult.Degraded("No read replica answers: reads go to the primary.")
            : standbys.Usable ? HealthCheckResult.Healthy($"Reads that tolerate staleness go to the read replicas ({answering} answering, at most {lag} s behind).")
            : HealthCheckResult.Degraded($"A read replica is {lag} s behind, more than allowed: reads go to the primary."));
    }
}
