using System.Collections;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jipp.Api.Telemetry;
using Jipp.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Jipp.Api.Tests.Telemetry;

/// <summary>
/// The telemetry tests run one class at a time, after every other test: a meter provider hears the instruments of
/// every host in the process by their names, so counters are exact only while no other service runs.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetrySequence
{
    public const string Name = "Telemetry";
}

/// <summary>
/// The service with traces and metrics collected into memory, the scrape endpoint on a free loopback port, the
/// feed lag read at every collection, and a low limit for anonymous callers (so that a 429 costs three requests).
/// </summary>
public sealed class TelemetryFactory : ApiFactoryBase
{
    public const int AnonymousPermits = 2;

    public LockedCollection<Activity> Spans { get; } = new();

    public LockedCollection<MetricSnapshot> Metrics { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Jipp:Telemetry:Tracing", "true");
        builder.UseSetting("Jipp:Telemetry:Metrics", "true");
        builder.UseSetting("Jipp:Telemetry:MetricsPort", "0");
        builder.UseSetting("Jipp:Telemetry:FeedLagCacheSeconds", "0");
        builder.UseSetting("Jipp:Telemetry:ReadinessPeriodSeconds", "1");
        builder.UseSetting("Jipp:RateLimiting:AnonymousPermitsPerMinute", AnonymousPermits.ToString(CultureInfo.InvariantCulture));
        builder.ConfigureTestServices(services =>
        {
            services.ConfigureOpenTelemetryTracerProvider(traces => traces.AddInMemoryExporter(Spans));

            // Exported when a test asks (ForceFlush), not on a timer.
            services.ConfigureOpenTelemetryMeterProvider(meters => meters.AddInMemoryExporter(Metrics, reader => reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = 3_600_000));
        });
    }

    /// <summary>The scrape endpoint's base address, such as <c>http://127.0.0.1:41234</c>.</summary>
    public Uri ManagementAddress => new(Services.GetRequiredService<ManagementServer>().Addresses[0]);
}

/// <summary>Base of the telemetry tests: a clean database, the ministry's client, and readers of spans and metrics.</summary>
public abstract class TelemetryTest(TelemetryFactory factory) : IClassFixture<TelemetryFactory>, IAsyncLifetime
{
    protected const string V1 = "/api/v1";

    protected TelemetryFactory Factory { get; } = factory;

    protected HttpClient Ministry { get; private set; } = null!;

    protected static JsonSerializerOptions Json => ApiTest.Json;

    public virtual async Task InitializeAsync()
    {
        await Factory.ResetAsync();
        Ministry = Factory.CreateClient(ApiFactoryBase.AdminKey);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>A new API client created by the ministry through the API: its id, key and an HTTP client holding the key.</summary>
    protected async Task<(Guid Id, string Key, HttpClient Client)> ClientAsync(string role, Guid? agencyId = null, Guid? hubId = null)
    {
        var response = await Ministry.PostAsJsonAsync($"{V1}/api-clients", new { name = $"{role} telemetry test client", role, agencyId, hubId }, Json);
        await Expect.StatusAsync(response, HttpStatusCode.Created);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>(Json);
        var key = created.GetProperty("key").GetString()!;
        return (created.GetProperty("id").GetGuid(), key, Factory.CreateClient(key));
    }

    protected async Task<Guid> AgencyIdAsync(string query)
    {
        var agencies = await Ministry.GetFromJsonAsync<JsonElement>($"{V1}/agencies?{query}", Json);
        return agencies.GetProperty("items")[0].GetProperty("id").GetGuid();
    }

    protected async Task<Guid> HubOfProvinceAsync(string provinceCode) =>
        (await Ministry.GetFromJsonAsync<JsonElement>($"{V1}/provinces/{provinceCode}", Json)).GetProperty("hubId").GetGuid();

    /// <summary>The Surabaya city government's client, and an innovation of it registered, submitted and published.</summary>
    protected async Task<(HttpClient Owner, Guid InnovationId)> PublishedInnovationAsync()
    {
        var (_, _, owner) = await ClientAsync("agency", agencyId: await AgencyIdAsync("q=Kota%20Surabaya"));
        var registered = await owner.PostAsJsonAsync($"{V1}/innovations", InnovationTest.Body(), Json);
        await Expect.StatusAsync(registered, HttpStatusCode.Created);
        var id = (await registered.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetGuid();
        await Expect.StatusAsync(await owner.PostAsJsonAsync($"{V1}/innovations/{id}/submission", new { }, Json), HttpStatusCode.OK);
        await Expect.StatusAsync(await Ministry.PostAsJsonAsync($"{V1}/innovations/{id}/verification", new { decision = "publish" }, Json), HttpStatusCode.OK);
        return (owner, id);
    }

    /// <summary>
    /// A reader's poll, which positions the committed events (ADR 18): the feed lag is the age of the newest
    /// positioned event, and the background stamper would otherwise do it within its interval.
    /// </summary>
    protected async Task StampFeedAsync() =>
        await Expect.StatusAsync(await Ministry.GetAsync($"{V1}/events?limit=1"), HttpStatusCode.OK);

    /// <summary>An anonymous GET from the given address, as a reverse proxy would pass it on.</summary>
    protected async Task<HttpStatusCode> FromAddressAsync(string address, string path)
    {
        var context = await Factory.Server.SendAsync(c =>
        {
            c.Request.Method = HttpMethods.Get;
            c.Request.Path = path;
            c.Connection.RemoteIpAddress = IPAddress.Parse(address);
        });
        return (HttpStatusCode)context.Response.StatusCode;
    }

    /// <summary>The cumulative value of a counter, summed over the points whose tag has the given value (all points without a tag).</summary>
    protected long Counter(string name, string? tag = null, string? value = null)
    {
        var total = 0L;
        foreach (var point in Collect(name))
        {
            if (tag is null || Tags(point).TryGetValue(tag, out var actual) && Equals(actual, value))
            {
                total += point.GetSumLong();
            }
        }

        return total;
    }

    /// <summary>The tags of every point of a metric.</summary>
    protected IReadOnlyList<Dictionary<string, object?>> CounterTags(string name) => Collect(name).ConvertAll(Tags);

    /// <summary>The last value of a gauge; null when it reported nothing.</summary>
    protected double? Gauge(string name)
    {
        var snapshot = FindSnapshot(name);
        if (snapshot is null || snapshot.MetricPoints.Count == 0)
        {
            return null;
        }

        var point = Assert.Single(snapshot.MetricPoints);
        return snapshot.MetricType == MetricType.DoubleGauge ? point.GetGaugeLastValueDouble() : point.GetGaugeLastValueLong();
    }

    protected static Dictionary<string, object?> Tags(MetricPoint point)
    {
        var tags = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var tag in point.Tags)
        {
            tags[tag.Key] = tag.Value;
        }

        return tags;
    }

    /// <summary>The spans of one trace, once its server span ended (the exporter sees a span when it ends).</summary>
    protected async Task<IReadOnlyList<Activity>> TraceAsync(ActivityTraceId traceId)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var spans = Factory.Spans.Snapshot().Where(s => s.TraceId == traceId).ToList();
            if (spans.Any(s => s.Kind == ActivityKind.Server) || deadline.Elapsed > TimeSpan.FromSeconds(10))
            {
                return spans;
            }

            await Task.Delay(50);
        }
    }

    private List<MetricPoint> Collect(string name)
    {
        var snapshot = FindSnapshot(name);
        return snapshot is null ? [] : [.. snapshot.MetricPoints];
    }

    private MetricSnapshot? FindSnapshot(string name)
    {
        Factory.Metrics.Clear();

        // The result is false for the Prometheus reader, which only collects when scraped; the in-memory one exports now.
        Factory.Services.GetRequiredService<MeterProvider>().ForceFlush(10_000);
        var exported = Factory.Metrics.Snapshot();
        Assert.NotEmpty(exported);
        return exported.LastOrDefault(m => m.Name == name);
    }
}

/// <summary>A list that the exporters may add to from any thread.</summary>
public sealed class LockedCollection<T> : ICollection<T>
{
    private readonly List<T> _items = [];

    public int Count
    {
        get
        {
            lock (_items)
            {
                return _items.Count;
            }
        }
    }

    public bool IsReadOnly => false;

    public IReadOnlyList<T> Snapshot()
    {
        lock (_items)
        {
            return [.. _items];
        }
    }

    public void Add(T item)
    {
        lock (_items)
        {
            _items.Add(item);
        }
    }

    public void Clear()
    {
        lock (_items)
        {
            _items.Clear();
        }
    }

    public bool Contains(T item)
    {
        lock (_items)
        {
            return _items.Contains(item);
        }
    }

    public void CopyTo(T[] array, int arrayIndex)
    {
        lock (_items)
        {
            _items.CopyTo(array, arrayIndex);
        }
    }

    public bool Remove(T item)
    {
        lock (_items)
        {
            return _items.Remove(item);
        }
    }

    public IEnumerator<T> GetEnumerator() => Snapshot().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
