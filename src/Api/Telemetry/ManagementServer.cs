using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using Jipp.Infrastructure.Telemetry;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;

namespace Jipp.Api.Telemetry;

/// <summary>
/// The management listener: a small server of its own, on <see cref="TelemetryOptions.MetricsAddress"/> and
/// <see cref="TelemetryOptions.MetricsPort"/>, that serves only <c>GET /metrics</c> (Prometheus' text format) and 404
/// to anything else. Apart from the public server, it neither shares the public port (nor that port's settings in
/// <c>ASPNETCORE_URLS</c>) nor appears in the OpenAPI document, and it needs no key: keep the port off the network
/// that callers reach (ADR 22).
/// </summary>
public sealed class ManagementServer(MeterProvider meterProvider, IOptions<TelemetryOptions> options, ILoggerFactory loggerFactory, IHostEnvironment environment) : IHostedService, IAsyncDisposable
{
    private const string UnobservedPrefix = "Jipp.Management.Unobserved.";

    private WebApplication? _app;

    /// <summary>Where it listens, once started (<c>http://127.0.0.1:9464</c>).</summary>
    public IReadOnlyList<string> Addresses { get; private set; } = [];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var address = ParseAddress(settings.MetricsAddress);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { EnvironmentName = environment.EnvironmentName, ApplicationName = environment.ApplicationName });
        builder.Services.AddSingleton(loggerFactory);
        builder.Services.AddSingleton<IHostLifetime, HostedByTheService>();

        // Its own requests stay out of the service's telemetry (a scrape is not an API request): ASP.NET Core and
        // Kestrel report through instruments and activities that nothing listens to.
        builder.Services.AddSingleton<IMeterFactory, UnobservedMeterFactory>();
        builder.Services.AddSingleton(new ActivitySource(UnobservedPrefix + "Microsoft.AspNetCore"));
        builder.Services.AddSingleton(new DiagnosticListener(UnobservedPrefix + "Microsoft.AspNetCore"));
        builder.Services.AddSingleton<DiagnosticSource>(sp => sp.GetRequiredService<DiagnosticListener>());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = 0;
            kestrel.Limits.MaxConcurrentConnections = 16;
            kestrel.Listen(address, settings.MetricsPort ?? 0);
        });

        var app = builder.Build();
        app.UseOpenTelemetryPrometheusScrapingEndpoint(meterProvider, predicate: null!, path: TelemetrySetup.MetricsPath, configureBranchedPipeline: null!, optionsName: null!);
        app.Run(context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });
        await app.StartAsync(cancellationToken);
        _app = app;
        Addresses = [.. app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses];
    }

    public Task StopAsync(CancellationToken cancellationToken) => _app?.StopAsync(cancellationToken) ?? Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    internal static IPAddress ParseAddress(string address) => address.Trim() switch
    {
        "*" or "0.0.0.0" or "" => IPAddress.Any,
        "::" or "[::]" => IPAddress.IPv6Any,
        "localhost" => IPAddress.Loopback,
        var other => IPAddress.TryParse(other.Trim('[', ']'), out var parsed)
            ? parsed
            : throw new OptionsValidationException(TelemetryOptions.Section, typeof(TelemetryOptions), [$"{TelemetryOptions.Section}:MetricsAddress must be an IP address, '*' or 'localhost', not '{address}'."]),
    };

    /// <summary>Meters under names that no meter provider subscribes to.</summary>
    private sealed class UnobservedMeterFactory : IMeterFactory
    {
        private readonly List<Meter> _meters = [];

        public Meter Create(MeterOptions options)
        {
            var meter = new Meter(new MeterOptions(UnobservedPrefix + options.Name) { Version = options.Version, Tags = options.Tags, Scope = this });
            lock (_meters)
            {
                _meters.Add(meter);
            }

            return meter;
        }

        public void Dispose()
        {
            lock (_meters)
            {
                _meters.ForEach(m => m.Dispose());
                _meters.Clear();
            }
        }
    }

    /// <summary>The service's own host owns the process' signals; this server starts and stops with it.</summary>
    private sealed class HostedByTheService : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
