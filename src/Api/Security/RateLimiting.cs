using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Threading.RateLimiting;
using Jipp.Api.Errors;
using Jipp.Application.Common.Errors;
using Jipp.Infrastructure.Security;
using Jipp.Infrastructure.SharedState;
using Jipp.Infrastructure.Telemetry;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Jipp.Api.Security;

/// <summary>The limits of <c>Jipp:RateLimiting</c>; see ADR 11.</summary>
public sealed class RateLimitingOptions
{
    public const string Section = "Jipp:RateLimiting";

    /// <summary>Off only where something else limits the traffic (the benchmark turns it off).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Requests per minute of one API client, whatever its address.</summary>
    [Range(1, int.MaxValue)]
    public int PermitsPerMinute { get; set; } = 600;

    /// <summary>Requests per minute from one address without a valid API key.</summary>
    [Range(1, int.MaxValue)]
    public int AnonymousPermitsPerMinute { get; set; } = 120;

    /// <summary>New replication requests (POST /replication-requests) per hour of one API client.</summary>
    [Range(1, int.MaxValue)]
    public int ReplicationRequestsPerHour { get; set; } = 20;
}

/// <summary>
/// Per-client rate limiting with ASP.NET Core's rate limiter: fixed windows per authenticated API
/// client, per remote address for anonymous callers (and for keys that fail authentication), and
/// a business-flow limit on new replication requests. Refusals are 429 <c>rate_limited</c> problems
/// with <c>Retry-After</c> and the <c>RateLimit-Limit</c>, <c>RateLimit-Remaining</c> and
/// <c>RateLimit-Reset</c> headers; admitted requests carry <c>RateLimit-Limit</c> and
/// <c>RateLimit-Remaining</c> of the per-caller limit.
/// </summary>
public static class RateLimiting
{
    public const string ReplicationRequestsPolicy = "replication-requests";
    public const string LimitHeader = "RateLimit-Limit";
    public const string RemainingHeader = "RateLimit-Remaining";
    public const string ResetHeader = "RateLimit-Reset";

    public static IServiceCollection AddJippRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RateLimitingOptions>()
            .Bind(configuration.GetSection(RateLimitingOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<CallerRateLimiter>();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy<string, ReplicationRequestsRateLimitPolicy>(ReplicationRequestsPolicy);
        });
        services.AddOptions<RateLimiterOptions>().Configure<CallerRateLimiter, JippMetrics>((options, callers, metrics) =>
        {
            options.GlobalLimiter = callers.Limiter;
            options.OnRejected = (context, _) =>
            {
                metrics.RateLimitRefused(CallerRateLimiter.KindOf(context.HttpContext));
                return WriteRejectionAsync(context.HttpContext, context.Lease, callers.LimitOf(context.HttpContext));
            };
        });
        return services;
    }

    /// <summary>Adds the limiter after authentication, so that a client's requests count against its own limit.</summary>
    public static IApplicationBuilder UseJippRateLimiting(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<RateLimitingOptions>>().Value.Enabled)
        {
            return app;
        }

        app.UseRateLimiter();
        var callers = app.Services.GetRequiredService<CallerRateLimiter>();
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                if (callers.LimitOf(context) is { } limit && callers.Limiter.GetStatistics(context) is { } statistics)
                {
                    context.Response.Headers[LimitHeader] = limit.ToString(CultureInfo.InvariantCulture);
                    context.Response.Headers[RemainingHeader] = statistics.CurrentAvailablePermits.ToString(CultureInfo.InvariantCulture);
                }

                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }

    internal static async ValueTask WriteRejectionAsync(HttpContext context, RateLimitLease lease, int? limit)
    {
        // The in-memory windows report the window's length, the shared ones (Redis) what is left of it.
        var seconds = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? (int)Math.Ceiling(retryAfter.TotalSeconds)
            : lease.TryGetMetadata(RedisRateLimiting.RateLimitMetadataName.RetryAfter, out var sharedRetryAfter) ? sharedRetryAfter
            : 60;
        seconds = Math.Max(seconds, 1);
        var text = seconds.ToString(CultureInfo.InvariantCulture);
        context.Response.Headers.RetryAfter = text;
        if (limit is { } value)
        {
            context.Response.Headers[LimitHeader] = value.ToString(CultureInfo.InvariantCulture);
        }

        context.Response.Headers[RemainingHeader] = "0";
        context.Response.Headers[ResetHeader] = text;
        await ProblemWriter.WriteAsync(context, Refusal.RateLimited, Refusal.RateLimited.Detail.Format(text));
    }
}

/// <summary>
/// The per-caller limiter: one fixed window per API client, or per address when anonymous; in Redis when
/// <c>ConnectionStrings:Redis</c> is set, so that the allowance is the same whichever instance is called.
/// </summary>
public sealed class CallerRateLimiter : IDisposable
{
    private readonly RateLimitingOptions _options;
    private readonly SharedRedis _redis;

    public CallerRateLimiter(IOptions<RateLimitingOptions> options, SharedRedis redis)
    {
        _options = options.Value;
        _redis = redis;
        Limiter = PartitionedRateLimiter.Create<HttpContext, string>(Partition);
    }

    public PartitionedRateLimiter<HttpContext> Limiter { get; }

    /// <summary>The limit that applies to this request's caller; null where none does (liveness).</summary>
    public int? LimitOf(HttpContext context) =>
        Exempt(context) ? null : ClientIdOf(context) is null ? _options.AnonymousPermitsPerMinute : _options.PermitsPerMinute;

    /// <summary>The authenticated client's id, or null for anonymous callers and keys that failed.</summary>
    public static string? ClientIdOf(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true ? context.User.FindFirst(ClientClaims.ClientId)?.Value : null;

    /// <summary>The kind of the caller's partition, for the refusals metric: <c>client</c> or <c>address</c> (never which).</summary>
    public static string KindOf(HttpContext context) => ClientIdOf(context) is null ? "address" : "client";

    /// <summary>The caller's address; all callers without one share a partition.</summary>
    public static string AddressOf(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    public void Dispose() => Limiter.Dispose();

    /// <summary>The liveness probe costs nothing and must keep answering the orchestrator.</summary>
    private static bool Exempt(HttpContext context) => context.Request.Path.StartsWithSegments("/health/live", StringComparison.OrdinalIgnoreCase);

    private RateLimitPartition<string> Partition(HttpContext context)
    {
        if (Exempt(context))
        {
            return RateLimitPartition.GetNoLimiter("exempt");
        }

        return ClientIdOf(context) is { } clientId
            ? SharedFixedWindowRateLimiter.Partition(_redis, "caller", "client:" + clientId, _options.PermitsPerMinute, TimeSpan.FromMinutes(1))
            : SharedFixedWindowRateLimiter.Partition(_redis, "caller", "address:" + AddressOf(context), _options.AnonymousPermitsPerMinute, TimeSpan.FromMinutes(1));
    }

    internal static FixedWindowRateLimiterOptions Window(int permits, TimeSpan window) => new()
    {
        PermitLimit = permits,
        Window = window,
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}

/// <summary>
/// The business-flow limit: an API client may file only so many replication requests an hour, so
/// that nobody floods owners and hubs with requests (each one asks people for work).
/// </summary>
public sealed class ReplicationRequestsRateLimitPolicy(IOptions<RateLimitingOptions> options, JippMetrics metrics, SharedRedis redis) : IRateLimiterPolicy<string>
{
    private readonly int _perHour = options.Value.ReplicationRequestsPerHour;

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected =>
        (context, _) =>
        {
            metrics.RateLimitRefused(RateLimiting.ReplicationRequestsPolicy);
            return RateLimiting.WriteRejectionAsync(context.HttpContext, context.Lease, _perHour);
        };

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        var caller = CallerRateLimiter.ClientIdOf(httpContext) is { } clientId ? "client:" + clientId : "address:" + CallerRateLimiter.AddressOf(httpContext);
        return SharedFixedWindowRateLimiter.Partition(redis, RateLimiting.ReplicationRequestsPolicy, caller, _perHour, TimeSpan.FromHours(1));
    }
}
