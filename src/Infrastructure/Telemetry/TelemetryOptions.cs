using System.ComponentModel.DataAnnotations;

namespace Jipp.Infrastructure.Telemetry;

/// <summary>
/// <c>Jipp:Telemetry</c>. Export itself is configured by the standard <c>OTEL_*</c> variables; these settings say
/// what is collected and where Prometheus may scrape. See docs/ops/README.md and ADR 22.
/// </summary>
public sealed class TelemetryOptions
{
    public const string Section = "Jipp:Telemetry";

    /// <summary>
    /// Traces of requests, use cases and database commands: null (the default) collects them only when
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, since nothing else would read them.
    /// </summary>
    public bool? Tracing { get; set; }

    /// <summary>Metrics: null (the default) collects them when an OTLP endpoint or <see cref="MetricsPort"/> is set.</summary>
    public bool? Metrics { get; set; }

    /// <summary>
    /// The port of the management listener that serves <c>/metrics</c> to Prometheus, apart from the public port;
    /// unset (the default): no scrape endpoint. 0 takes any free port (the tests do).
    /// </summary>
    [Range(0, 65535)]
    public int? MetricsPort { get; set; }

    /// <summary>The address the management listener binds: loopback by default; <c>0.0.0.0</c> (or <c>*</c>) where Prometheus runs on another host or container.</summary>
    public string MetricsAddress { get; set; } = "127.0.0.1";

    /// <summary>How long the event-feed lag, read from the database, is reused before it is read again.</summary>
    [Range(0, 300)]
    public int FeedLagCacheSeconds { get; set; } = 5;

    /// <summary>How often the readiness checks run for the <c>jipp.ready</c> gauge while metrics are collected.</summary>
    [Range(1, 3600)]
    public int ReadinessPeriodSeconds { get; set; } = 15;
}
