using System.Security.Claims;
using Jipp.Application.Common.Behaviours;
using Jipp.Infrastructure.Security;
using Jipp.Infrastructure.Telemetry;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Jipp.Api.Telemetry;

/// <summary>
/// OpenTelemetry for the service (ADR 22): traces of requests, use cases and database commands; metrics of ASP.NET
/// Core, the runtime, Npgsql's pool and the domain (<see cref="JippMetrics"/>); OTLP export when
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (the SDK reads the other <c>OTEL_*</c> variables itself); a Prometheus
/// scrape endpoint on a management port of its own. Nothing configured, nothing is collected: the instruments stay
/// without listeners. Outside Development and the tests, console logs are JSON lines carrying the trace and span ids.
/// </summary>
public static class TelemetrySetup
{
    public const string ServiceName = "jipp-hub-api";
    public const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string ClientIdAttribute = "jipp.client.id";
    public const string ClientRoleAttribute = "jipp.client.role";
    public const string MetricsPath = "/metrics";

    private static readonly string[] AspNetCoreMeters = ["Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "Microsoft.AspNetCore.Diagnostics"];

    public static WebApplicationBuilder AddJippTelemetry(this WebApplicationBuilder builder)
    {
        ConfigureLogging(builder);
        builder.Services.AddJippMetrics();

        var options = builder.Configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        var otlp = !string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointVariable]);
        var scrape = options.MetricsPort is not null;
        var tracing = options.Tracing ?? otlp;
        var metrics = options.Metrics ?? (otlp || scrape);
        if (!tracing && !metrics)
        {
            return builder;
        }

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(builder.Configuration["OTEL_SERVICE_NAME"] ?? ServiceName, serviceVersion: typeof(TelemetrySetup).Assembly.GetName().Version?.ToString()));
        if (tracing)
        {
            telemetry.WithTracing(traces =>
            {
                traces.AddAspNetCoreInstrumentation(aspNetCore =>
                    {
                        // Probes come every few seconds and say nothing a trace would add.
                        aspNetCore.Filter = context => !context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase);
                        aspNetCore.EnrichWithHttpResponse = (activity, response) => TagClient(activity, response.HttpContext.User);
                    })
                    .AddSource(UseCaseActivity.SourceName)
                    .AddNpgsql();
                if (otlp)
                {
                    traces.AddOtlpExporter();
                }
            });
        }

        if (metrics)
        {
            telemetry.WithMetrics(meters =>
            {
                // ASP.NET Core's request, connection and error meters; not its per-request routing, authentication,
                // authorization, rate-limiting lease and memory-pool instruments, which cost on every request and
                // answer nothing the dashboard asks (the service counts its own refusals).
                meters.AddMeter(AspNetCoreMeters)
                    .AddRuntimeInstrumentation()
                    .AddNpgsqlInstrumentation()
                    .AddMeter(JippMetrics.MeterName);
                if (otlp)
                {
                    meters.AddOtlpExporter();
                }

                if (scrape)
                {
                    meters.AddPrometheusExporter();
                }
            });
            builder.Services.AddReadinessGauge(TimeSpan.FromSeconds(options.ReadinessPeriodSeconds));
        }

        if (scrape && metrics)
        {
            builder.Services.AddSingleton<ManagementServer>();
            builder.Services.AddHostedService(sp => sp.GetRequiredService<ManagementServer>());
        }

        return builder;
    }

    /// <summary>Who called, from the authenticated principal: the client's id and role, never its key.</summary>
    internal static void TagClient(System.Diagnostics.Activity activity, ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return;
        }

        activity.SetTag(ClientIdAttribute, user.FindFirst(ClientClaims.ClientId)?.Value);
        activity.SetTag(ClientRoleAttribute, user.FindFirst(ClaimTypes.Role)?.Value);
    }

    private static void ConfigureLogging(WebApplicationBuilder builder)
    {
        // The scopes of every entry carry the current trace and span ids.
        builder.Logging.Configure(options => options.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);
        if (builder.Environment.IsDevelopment() || builder.Environment.IsEnvironment("Testing"))
        {
            return;
        }

        // One JSON object a line, for the platform's log collector; a developer keeps the readable console.
        builder.Logging.AddJsonConsole(json =>
        {
            json.IncludeScopes = true;
            json.UseUtcTimestamp = true;
            json.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
        });
    }
}
