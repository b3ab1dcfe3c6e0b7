using System.Diagnostics.Metrics;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Jipp.Infrastructure.Telemetry;

/// <summary>
/// The result of the readiness checks (the same ones as <c>/health/ready</c>), published by the health-check
/// publisher while metrics are collected, for the <c>jipp.ready</c> gauge: 1 ready, 0 not; nothing before the first run.
/// </summary>
public sealed class ServiceReadiness : IHealthCheckPublisher
{
    public const string ReadyTag = "ready";

    private volatile int _state = -1;

    /// <summary>Null until the checks first ran.</summary>
    public bool? Ready => _state < 0 ? null : _state == 1;

    public Task PublishAsync(HealthReport report, CancellationToken cancellationToken)
    {
        // /health/ready answers 200 while degraded too; a report without checks means the "ready" tag matched nothing.
        _state = report.Entries.Count > 0 && report.Status != HealthStatus.Unhealthy ? 1 : 0;
        return Task.CompletedTask;
    }

    public IEnumerable<Measurement<int>> Observe()
    {
        var state = _state;
        if (state >= 0)
        {
            yield return new Measurement<int>(state);
        }
    }
}
