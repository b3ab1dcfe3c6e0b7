using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Jipp.Api.Tests.Infrastructure;
using Jipp.Api.Tests.Security;
using Jipp.Domain.ApiClients;
using Jipp.Infrastructure.Persistence;
using Jipp.Infrastructure.Statistics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace Jipp.Api.Tests.SharedState;

/// <summary>The Redis of the test run: <c>JIPP_TEST_REDIS</c>, which the test command sets to a throwaway redis-server.</summary>
public static class TestRedis
{
    public const string EnvironmentVariable = "JIPP_TEST_REDIS";

    public static string Configuration =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configuration
            ? configuration
            : throw new InvalidOperationException($"{EnvironmentVariable} is not set: run the tests with ./scripts/test.sh, which starts a redis-server, or point it at one.");

    /// <summary>A port of 127.0.0.1 on which nothing listens.</summary>
    public static int DeadPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}

/// <summary>
/// Two instances of the service in one cluster: the fixture's host and a second one on the same database and the same
/// Redis (keys under a prefix of this fixture's own), each with its own memory.
/// </summary>
public sealed class TwoInstancesFactory : ApiFactoryBase
{
    public const int PerClient = 6;

    public string KeyPrefix { get; } = "jipp-test-" + Guid.NewGuid().ToString("N")[..8] + ":";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ConnectionStrings:Redis", TestRedis.Configuration);
        builder.UseSetting("Jipp:SharedState:KeyPrefix", KeyPrefix);
        builder.UseSetting("Jipp:RateLimiting:PermitsPerMinute", PerClient.ToString(CultureInfo.InvariantCulture));
    }
}

public sealed class SharedStateTests(TwoInstancesFactory factory) : SecurityFactoryTest<TwoInstancesFactory>(factory)
{
    private const string Overview = "/api/v1/statistics/overview";

    [Fact]
    public async Task A_clients_allowance_is_spent_once_across_instances()
    {
        await using var second = Factory.WithWebHostBuilder(_ => { });
        var (_, key, first) = await ClientAsync(ApiClientRole.Reader);
        var instances = new[] { first, Keyed(second, key) };

        for (var i = 0; i < TwoInstancesFactory.PerClient; i++)
        {
            var admitted = await instances[i % 2].GetAsync("/api/v1/sectors");
            await Expect.StatusAsync(admitted, HttpStatusCode.OK);
            Assert.Equal((TwoInstancesFactory.PerClient - 1 - i).ToString(CultureInfo.InvariantCulture), Header(admitted, "RateLimit-Remaining"));
            Assert.Equal(TwoInstancesFactory.PerClient.ToString(CultureInfo.InvariantCulture), Header(admitted, "RateLimit-Limit"));
        }

        foreach (var instance in instances)
        {
            var refused = await instance.GetAsync("/api/v1/sectors");
            await Expect.ProblemAsync(refused, HttpStatusCode.TooManyRequests, "rate_limited");
            var retryAfter = int.Parse(Header(refused, "Retry-After")!, CultureInfo.InvariantCulture);
            Assert.InRange(retryAfter, 1, 60);
            Assert.Equal(Header(refused, "Retry-After"), Header(refused, "RateLimit-Reset"));
            Assert.Equal("0", Header(refused, "RateLimit-Remaining"));
            Assert.Equal(TwoInstancesFactory.PerClient.ToString(CultureInfo.InvariantCulture), Header(refused, "RateLimit-Limit"));
        }
    }

    [Fact]
    public async Task Statistics_are_computed_once_for_the_cluster_by_the_instance_that_holds_the_lease()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var prefix = "jipp-test-" + Guid.NewGuid().ToString("N")[..8] + ":";
        var firstScans = new StatisticsScans();
        var secondScans = new StatisticsScans();
        await using var first = Cached(prefix, clock, firstScans);
        using var firstClient = first.CreateClient();
        var fromFirst = await firstClient.GetStringAsync(Overview);

        await using var second = Cached(prefix, clock, secondScans);
        using var secondClient = second.CreateClient();
        var fromSecond = await secondClient.GetStringAsync(Overview);

        Assert.Equal(fromFirst, fromSecond);
        var ready = await secondClient.GetFromJsonAsync<JsonElement>("/health/ready");
        Assert.Equal("Healthy", ready.GetProperty("checks").GetProperty("redis").GetProperty("status").GetString());
        Assert.True(await Refresher(first).RefreshOnceAsync(cold: false, CancellationToken.None));
        Assert.False(await Refresher(second).RefreshOnceAsync(cold: false, CancellationToken.None));
        Assert.Equal(2, firstScans.Of("overview"));
        Assert.Equal(2, firstScans.Of("provinces"));
        Assert.Equal(0, secondScans.Of("overview"));
        Assert.Equal(0, secondScans.Of("provinces"));
    }

    [Fact]
    public async Task With_Redis_unreachable_requests_are_served_limited_per_instance_and_the_fallbacks_are_counted()
    {
        await using var cutOff = Factory.WithWebHostBuilder(web => web
            .UseSetting("ConnectionStrings:Redis", "127.0.0.1:" + TestRedis.DeadPort().ToString(CultureInfo.InvariantCulture))
            .UseSetting("Jipp:Statistics:RefreshSeconds", "20"));
        using var fallbacks = new Fallbacks(cutOff.Services);
        var (_, key, _) = await ClientAsync(ApiClientRole.Reader);
        using var client = Keyed(cutOff, key);

        for (var i = 0; i < TwoInstancesFactory.PerClient; i++)
        {
            var admitted = await client.GetAsync(i % 2 == 0 ? "/api/v1/sectors" : Overview);
            await Expect.StatusAsync(admitted, HttpStatusCode.OK);
            Assert.Equal((TwoInstancesFactory.PerClient - 1 - i).ToString(CultureInfo.InvariantCulture), Header(admitted, "RateLimit-Remaining"));
        }

        var refused = await client.GetAsync("/api/v1/sectors");
        await Expect.ProblemAsync(refused, HttpStatusCode.TooManyRequests, "rate_limited");
        Assert.NotNull(Header(refused, "Retry-After"));
        var ready = await cutOff.CreateClient().GetAsync("/health/ready");
        await Expect.StatusAsync(ready, HttpStatusCode.OK);
        var checks = (await ready.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("checks");
        Assert.Equal("Degraded", checks.GetProperty("redis").GetProperty("status").GetString());
        Assert.Equal("Healthy", checks.GetProperty("database").GetProperty("status").GetString());
        Assert.True(fallbacks.Of("rate_limit") >= TwoInstancesFactory.PerClient + 1, $"rate_limit fallbacks: {fallbacks.Of("rate_limit")}");

        // The start-up refresh may have stored its answers before the counter listened: a refresh now stores them again.
        await Refresher(cutOff).RefreshOnceAsync(cold: false, CancellationToken.None);
        Assert.True(fallbacks.Of("cache") >= 1, $"cache fallbacks: {fallbacks.Of("cache")}");
    }

    private static HttpClient Keyed(WebApplicationFactory<Program> host, string key)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.Single() : null;

    private static StatisticsRefresher Refresher(WebApplicationFactory<Program> host) =>
        host.Services.GetServices<IHostedService>().OfType<StatisticsRefresher>().Single();

    /// <summary>An instance with the statistics cache on, Redis keys under <paramref name="prefix"/>, counting its scans.</summary>
    private WebApplicationFactory<Program> Cached(string prefix, FakeTimeProvider clock, StatisticsScans scans) =>
        Factory.WithWebHostBuilder(web => web
            .UseSetting("Jipp:SharedState:KeyPrefix", prefix)
            .UseSetting("Jipp:Statistics:RefreshSeconds", "20")
            .UseSetting("Jipp:Statistics:MaxAgeSeconds", "60")
            .ConfigureTestServices(services => services
                .AddSingleton<TimeProvider>(clock)
                .ConfigureDbContext<JippDbContext>(options => options.AddInterceptors(scans))));

    /// <summary>Counts the scans of the registry each statistic makes (its query of <c>innovations</c>, tagged <c>statistics: …</c>).</summary>
    private sealed class StatisticsScans : DbCommandInterceptor
    {
        private const string Tag = "-- statistics: ";
        private readonly ConcurrentDictionary<string, int> _scans = new();

        public int Of(string statistic) => _scans.GetValueOrDefault(statistic);

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.StartsWith(Tag, StringComparison.Ordinal) && command.CommandText.Contains("FROM innovations", StringComparison.Ordinal))
            {
                _scans.AddOrUpdate(command.CommandText[Tag.Length..command.CommandText.IndexOf('\n', StringComparison.Ordinal)], 1, (_, n) => n + 1);
            }

            return ValueTask.FromResult(result);
        }
    }

    /// <summary>The host's <c>jipp.redis.fallbacks</c>, by use.</summary>
    private sealed class Fallbacks : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly ConcurrentDictionary<string, long> _byUse = new();

        public Fallbacks(IServiceProvider services)
        {
            var meters = services.GetRequiredService<IMeterFactory>();
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Scope == meters && instrument.Name == "jipp.redis.fallbacks")
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
            {
                foreach (var tag in tags)
                {
                    if (tag.Key == "use" && tag.Value is string use)
                    {
                        _byUse.AddOrUpdate(use, value, (_, n) => n + value);
                    }
                }
            });
            _listener.Start();
        }

        public long Of(string use) => _byUse.GetValueOrDefault(use);

        public void Dispose() => _listener.Dispose();
    }
}
