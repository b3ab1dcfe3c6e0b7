using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jipp.Api.Tests.Infrastructure;
using Jipp.Application.Common.Interfaces;
using Jipp.Domain.ApiClients;
using Jipp.Infrastructure.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Jipp.Api.Tests.Security;

/// <summary>The service with low rate limits, to see them bite.</summary>
public sealed class LowLimitsFactory : ApiFactoryBase
{
    public const int PerClient = 10;
    public const int PerAddress = 5;
    public const int ReplicationRequestsPerHour = 2;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Jipp:RateLimiting:Enabled", "true");
        builder.UseSetting("Jipp:RateLimiting:PermitsPerMinute", PerClient.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Jipp:RateLimiting:AnonymousPermitsPerMinute", PerAddress.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Jipp:RateLimiting:ReplicationRequestsPerHour", ReplicationRequestsPerHour.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}

/// <summary>The service with the production key cache and a clock the test moves.</summary>
public sealed class KeyCacheFactory : ApiFactoryBase
{
    public const int CacheSeconds = ApiKeyCacheOptions.DefaultCacheSeconds;

    public ManualClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Jipp:ApiKeyCacheSeconds", CacheSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}

/// <summary>A clock that stands still until the test moves it.</summary>
public sealed class ManualClock : TimeProvider
{
    private long _ticks = DateTimeOffset.UtcNow.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);
}

/// <summary>
/// The service as production should run it: no Swagger UI, CORS open to one web portal, default
/// error detail. Its logs are captured, and one key makes the service fail unexpectedly.
/// </summary>
public sealed class ProductionSettingsFactory : ApiFactoryBase
{
    public const string PortalOrigin = "https://portal.jipp.example.go.id";

    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Jipp:SwaggerUi", "false");
        builder.UseSetting("Jipp:Cors:AllowedOrigins:0", PortalOrigin);
        builder.ConfigureLogging(logging =>
        {
            logging.AddProvider(Logs);
            logging.AddFilter<CapturedLogs>(null, LogLevel.Trace);
        });
        builder.ConfigureTestServices(services => services.AddSingleton<IApiKeyService>(new FailingKeyService()));
    }
}

/// <summary>The service with <c>Jipp:DetailedErrors</c> on, as a developer might run it.</summary>
public sealed class DetailedErrorsFactory : ApiFactoryBase
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Jipp:DetailedErrors", "true");
        builder.ConfigureTestServices(services => services.AddSingleton<IApiKeyService>(new FailingKeyService()));
    }
}

/// <summary>The real key service, except that one key makes it fail as an unexpected bug would.</summary>
public sealed class FailingKeyService : IApiKeyService
{
    public const string FailingKey = "jipp_this-key-makes-the-service-fail-0123456789";

    /// <summary>What the failure says internally; no response may show it.</summary>
    public const string InternalDetail = "SELECT key_hash FROM api_clients -- internal detail";

    private readonly ApiKeyService _inner = new();

    public GeneratedApiKey Generate() => _inner.Generate();

    public byte[] Hash(string key) => key == FailingKey ? throw new InvalidOperationException(InternalDetail) : _inner.Hash(key);

    public bool Matches(string key, byte[] storedHash) => _inner.Matches(key, storedHash);

    public string PrefixOf(string key) => _inner.PrefixOf(key);
}

/// <summary>Every log entry the service writes, with its message, state and exception.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _entries = new();

    public IReadOnlyCollection<string> Entries => _entries;

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<string> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            entries.Enqueue($"{category} scope: {Describe(state)}");
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            entries.Enqueue($"{logLevel} {category}: {formatter(state, exception)} | {Describe(state)} | {exception}");
        }

        private static string Describe(object? state) => state is IEnumerable<KeyValuePair<string, object?>> values
            ? string.Join("; ", values.Select(v => $"{v.Key}={v.Value}"))
            : state?.ToString() ?? string.Empty;
    }
}

/// <summary>Base of the tests that need a factory of their own; clients are made in the database, without requests.</summary>
public abstract class SecurityFactoryTest<TFactory>(TFactory factory) : IClassFixture<TFactory>, IAsyncLifetime
    where TFactory : ApiFactoryBase
{
    protected TFactory Factory { get; } = factory;

    protected static JsonSerializerOptions Json => ApiTest.Json;

    public virtual Task InitializeAsync() => Factory.ResetAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    /// <summary>A new API client, written straight into the database; returns its id and an HTTP client with its key.</summary>
    protected async Task<(Guid Id, string Key, HttpClient Client)> ClientAsync(ApiClientRole role, Guid? agencyId = null, Guid? hubId = null)
    {
        var keys = new ApiKeyService();
        var generated = keys.Generate();
        var client = ApiClient.Create($"{role} security test client", role, agencyId, hubId, generated.Hash, generated.Prefix, DateTimeOffset.UtcNow);
        await Factory.WithDbAsync(async db =>
        {
            db.ApiClients.Add(client);
            return await db.SaveChangesAsync();
        });
        return (client.Id, generated.Key, Factory.CreateClient(generated.Key));
    }

    protected Task<Guid> ProvincialGovernmentIdAsync(string provinceCode) => Factory.WithDbAsync(async db =>
        await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            db.Agencies.Where(a => a.ProvinceCode == provinceCode && a.Type == Domain.Agencies.AgencyType.ProvincialGovernment).Select(a => a.Id)));

    /// <summary>A request from a given address, as a reverse proxy would not hide it.</summary>
    protected async Task<HttpResponseMessage> FromAddressAsync(string address, string path, string? apiKey = null, string? forwardedFor = null)
    {
        var context = await Factory.Server.SendAsync(c =>
        {
            c.Request.Method = HttpMethods.Get;
            c.Request.Path = path;
            c.Connection.RemoteIpAddress = IPAddress.Parse(address);
            if (apiKey is not null)
            {
                c.Request.Headers[ClientClaims.HeaderName] = apiKey;
            }

            if (forwardedFor is not null)
            {
                c.Request.Headers["X-Forwarded-For"] = forwardedFor;
            }
        });
        var response = new HttpResponseMessage((HttpStatusCode)context.Response.StatusCode);
        var body = await new StreamReader(context.Response.Body).ReadToEndAsync();
        response.Content = new StringContent(body);
        response.Content.Headers.ContentType = context.Response.ContentType is { } type ? System.Net.Http.Headers.MediaTypeHeaderValue.Parse(type) : null;
        foreach (var (name, values) in context.Response.Headers)
        {
            response.Headers.TryAddWithoutValidation(name, values.ToArray());
        }

        return response;
    }

    protected static Dictionary<string, object?> InnovationBody(string title) => new()
    {
        ["title"] = title,
        ["unitName"] = "Dinas Penanaman Modal dan PTSP",
        ["summary"] = "Layanan perizinan usaha secara daring dalam satu pintu.",
        ["problem"] = "Pengurusan izin usaha memakan waktu berminggu-minggu.",
        ["solution"] = "Seluruh permohonan diajukan dan dilacak secara daring.",
        ["novelty"] = "Pertama di wilayah ini.",
        ["impact"] = "Waktu layanan turun dari 14 hari menjadi 3 hari.",
        ["sector"] = "investment",
        ["form"] = "publicService",
        ["digital"] = true,
        ["maturityStage"] = "trial",
        ["startedOn"] = "2022-01-10",
        ["replicable"] = true,
    };

    /// <summary>Registers, submits and publishes an innovation through the API; returns its id.</summary>
    protected static async Task<Guid> PublishedInnovationAsync(HttpClient owner, HttpClient ministry, string title)
    {
        var created = await owner.PostAsJsonAsync("/api/v1/innovations", InnovationBody(title), Json);
        await Expect.StatusAsync(created, HttpStatusCode.Created);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetGuid();
        await Expect.StatusAsync(await owner.PostAsJsonAsync($"/api/v1/innovations/{id}/submission", new { }, Json), HttpStatusCode.OK);
        await Expect.StatusAsync(await ministry.PostAsJsonAsync($"/api/v1/innovations/{id}/verification", new { decision = "publish" }, Json), HttpStatusCode.OK);
        return id;
    }
}
