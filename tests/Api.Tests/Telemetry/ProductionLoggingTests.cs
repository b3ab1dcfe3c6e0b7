using System.Diagnostics;
using System.Text.Json;
using Jipp.Api.Telemetry;
using Jipp.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Jipp.Api.Tests.Telemetry;

/// <summary>The service as production runs it with no telemetry settings: no OTLP endpoint, no scrape port.</summary>
public sealed class ProductionLoggingFactory : ApiFactoryBase
{
    public JsonLineCapture Lines { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment(Environments.Production);
        builder.ConfigureLogging(logging => logging.AddProvider(Lines));
    }
}

[Collection(TelemetrySequence.Name)]
public sealed partial class ProductionLoggingTests(ProductionLoggingFactory factory) : IClassFixture<ProductionLoggingFactory>
{
    [Fact]
    public void In_production_console_logs_are_json_lines_whose_scopes_carry_the_trace_and_span_ids()
    {
        var console = factory.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue;
        Assert.Equal(ConsoleFormatterNames.Json, console.FormatterName);
        factory.Lines.Formatter = factory.Services.GetServices<ConsoleFormatter>().Single(f => f.Name == ConsoleFormatterNames.Json);
        var logger = factory.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Jipp.Telemetry.Test");

        using (var activity = new Activity("request").Start())
        {
            LogRegistered(logger, 1);
            var line = Assert.Single(factory.Lines.Written, l => l.Contains("Jipp.Telemetry.Test", StringComparison.Ordinal));

            using var json = JsonDocument.Parse(line);
            Assert.Equal("Registered 1 innovation", json.RootElement.GetProperty("Message").GetString());
            var scopes = json.RootElement.GetProperty("Scopes").EnumerateArray().ToList();
            Assert.Contains(scopes, s => s.TryGetProperty("TraceId", out var id) && id.GetString() == activity.TraceId.ToHexString());
            Assert.Contains(scopes, s => s.TryGetProperty("SpanId", out var id) && id.GetString() == activity.SpanId.ToHexString());
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Registered {Count} innovation")]
    private static partial void LogRegistered(ILogger logger, int count);

    [Fact]
    public void Without_an_otlp_endpoint_or_a_scrape_port_nothing_is_collected()
    {
        Assert.Null(factory.Services.GetService<MeterProvider>());
        Assert.Null(factory.Services.GetService<TracerProvider>());
        Assert.Null(factory.Services.GetService<ManagementServer>());
        Assert.DoesNotContain(factory.Services.GetServices<IHostedService>(), s => s.GetType().Namespace?.StartsWith("OpenTelemetry", StringComparison.Ordinal) == true);
    }
}

/// <summary>Formats every entry with the service's console formatter, as the console would print it, inside the entry's scopes.</summary>
public sealed class JsonLineCapture : ILoggerProvider, ISupportExternalScope
{
    private readonly LockedCollection<string> _written = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public ConsoleFormatter? Formatter { get; set; }

    public IReadOnlyList<string> Written => _written.Snapshot();

    public ILogger CreateLogger(string categoryName) => new Capturing(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Capturing(JsonLineCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => capture._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => capture.Formatter is not null;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (capture.Formatter is not { } json)
            {
                return;
            }

            using var writer = new StringWriter();
            json.Write(new LogEntry<TState>(logLevel, category, eventId, state, exception, formatter), capture._scopes, writer);
            capture._written.Add(writer.ToString());
        }
    }
}
