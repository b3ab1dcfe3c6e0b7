using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using System.Text.RegularExpressions;
using Jipp.Infrastructure.Telemetry;

namespace Jipp.Api.Tests.Telemetry;

/// <summary>The Prometheus scrape endpoint: on the management listener only, never on the public port; and the alert rules and dashboard in docs/ops name only metrics and labels it serves.</summary>
[Collection(TelemetrySequence.Name)]
public sealed partial class MetricsEndpointTests(TelemetryFactory factory) : TelemetryTest(factory)
{
    [Fact]
    public async Task Prometheus_scrapes_metrics_on_the_loopback_management_port_and_finds_nothing_on_the_public_port()
    {
        var (_, key, _) = await ClientAsync("reader");
        await PublishedInnovationAsync();
        await StampFeedAsync();
        using var scraper = new HttpClient { BaseAddress = Factory.ManagementAddress };

        var scrape = await scraper.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.OK, scrape.StatusCode);
        Assert.Equal("text/plain", scrape.Content.Headers.ContentType?.MediaType);
        var text = await scrape.Content.ReadAsStringAsync();
        Assert.Contains("jipp_innovations_registered_total{", text, StringComparison.Ordinal);
        Assert.Contains("jipp_innovations_published_total{", text, StringComparison.Ordinal);
        Assert.Contains("jipp_event_feed_lag_seconds{", text, StringComparison.Ordinal);
        Assert.Contains("http_server_request_duration_seconds_bucket{", text, StringComparison.Ordinal);
        Assert.Contains("db_client_connection_count{", text, StringComparison.Ordinal);
        Assert.Contains("dotnet_gc_collections_total{", text, StringComparison.Ordinal);
        Assert.DoesNotContain(key, text, StringComparison.Ordinal);
        Assert.DoesNotContain(Infrastructure.ApiFactoryBase.AdminKey, text, StringComparison.Ordinal);
        Assert.Equal("127.0.0.1", Factory.ManagementAddress.Host);

        // The management listener serves nothing else, and the scrapes are not API traffic.
        Assert.Equal(HttpStatusCode.NotFound, (await scraper.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await scraper.GetAsync("/api/v1/provinces")).StatusCode);
        Assert.DoesNotMatch(PathlessRequest(), await (await scraper.GetAsync("/metrics")).Content.ReadAsStringAsync());
        await Task.Delay(200);
        Assert.DoesNotContain(Factory.Spans.Snapshot(), s => s.Kind == ActivityKind.Server && s.GetTagItem("url.path") is "/metrics" or "/health/ready");

        // The public port has no such endpoint, for anyone.
        Assert.Equal(HttpStatusCode.NotFound, await FromAddressAsync("198.51.100.60", "/metrics"));
        Assert.Equal(HttpStatusCode.NotFound, (await Ministry.GetAsync("/metrics")).StatusCode);
    }

    [Fact]
    public async Task The_alert_rules_and_the_dashboard_name_only_metrics_the_service_serves()
    {
        await PublishedInnovationAsync();
        using var scraper = new HttpClient { BaseAddress = Factory.ManagementAddress };
        var text = await scraper.GetStringAsync("/metrics");
        var served = TypeLine().Matches(text).Select(m => m.Groups["name"].Value).ToHashSet(StringComparer.Ordinal);
        served.UnionWith(LabelName().Matches(text).Select(m => m.Groups["name"].Value));

        // The service's own counters appear once they counted; their names follow from the instruments.
        served.UnionWith(JippInstrumentsAsPrometheus());
        Assert.Contains("jipp_event_feed_lag_seconds", served);
        Assert.Contains("jipp_innovations_registered_total", served);

        var root = RepositoryRoot();
        foreach (var file in new[] { "docs/ops/alerts.yml", "docs/ops/alerts.test.yml", "docs/ops/grafana-dashboard.json" })
        {
            var content = await File.ReadAllTextAsync(Path.Combine(root, file));
            var named = MetricName().Matches(content).Select(m => m.Value).Distinct().ToList();
            Assert.NotEmpty(named);
            Assert.All(named, name => Assert.True(
                served.Contains(name) || served.Contains(HistogramSuffix().Replace(name, string.Empty)),
                $"{file} names {name}, which is neither a metric nor a label the service serves"));
        }
    }

    /// <summary>The Prometheus names of the meter's instruments: dots become underscores, seconds and counters get their suffixes.</summary>
    private static HashSet<string> JippInstrumentsAsPrometheus()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, _) =>
            {
                if (instrument.Meter.Name == JippMetrics.MeterName)
                {
                    var name = instrument.Name.Replace('.', '_') + (instrument.Unit == "s" ? "_seconds" : string.Empty);
                    lock (names)
                    {
                        names.Add(instrument is Counter<long> ? name + "_total" : name);
                    }
                }
            },
        };
        listener.Start();
        return names;
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Jipp.sln")))
        {
            directory = directory.Parent;
        }

        return Assert.IsType<DirectoryInfo>(directory).FullName;
    }

    [GeneratedRegex(@"^# TYPE (?<name>[a-zA-Z_:][a-zA-Z0-9_:]*) ", RegexOptions.Multiline)]
    private static partial Regex TypeLine();

    [GeneratedRegex(@"[{,](?<name>[a-zA-Z_][a-zA-Z0-9_]*)=""")]
    private static partial Regex LabelName();

    [GeneratedRegex(@"(?<![:\w])(?:jipp|http_server|db_client|dotnet|kestrel|aspnetcore)_[a-z0-9_]+\b")]
    private static partial Regex MetricName();

    [GeneratedRegex(@"_(?:bucket|count|sum)$")]
    private static partial Regex HistogramSuffix();

    /// <summary>A request series without a route: what a scrape would add to the API's traffic if it were counted.</summary>
    [GeneratedRegex(@"^http_server_request_duration_seconds_count\{(?![^}]*http_route=)[^}]*http_response_status_code=""200""", RegexOptions.Multiline)]
    private static partial Regex PathlessRequest();
}
