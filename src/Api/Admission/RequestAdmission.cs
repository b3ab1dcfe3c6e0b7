using System.Diagnostics.Metrics;
using System.Globalization;
using System.Threading.RateLimiting;
using Jipp.Api.Endpoints;
using Jipp.Api.Errors;
using Jipp.Api.Localization;
using Jipp.Application.Common.Errors;
using Jipp.Infrastructure.Telemetry;
using Microsoft.Extensions.Options;

namespace Jipp.Api.Admission;

/// <summary>How many API reads an instance works on at once (ADR 33); the others wait their turn.</summary>
public sealed class AdmissionOptions
{
    public const string Section = "Jipp:Admission";

    /// <summary>
    /// Reads of the API in progress at once; 0 (the default) means two per processor of the machine. Each uses
    /// one database connection at a time, so this also bounds how many statements the instance runs at once.
    /// </summary>
    public int MaxConcurrentRequests { get; set; }

    /// <summary>Reads that may wait for a turn, oldest first; one more is answered 503 <c>unavailable</c> with <c>Retry-After</c>.</summary>
    public int QueueLimit { get; set; } = 2000;

    /// <summary>The limit in force: <see cref="MaxConcurrentRequests"/>, or two per processor when it is 0 or less.</summary>
    public int EffectiveMaxConcurrentRequests => MaxConcurrentRequests > 0 ? MaxConcurrentRequests : 2 * Environment.ProcessorCount;
}

/// <summary>
/// Admits the API's reads a few at a time, first come first served (ADR 33). A saturated machine otherwise runs every
/// request at once: each sends its statements to a database server process of its own, the operating system shares the
/// cores among all of them, and a request whose statements are scheduled last waits behind many others at each of its
/// steps. With a bounded number in progress, the others wait once, in arrival order, before they start.
/// </summary>
/// <remarks>
/// Only the API's reads are admitted this way (<see cref="Admits"/>): not the writes, whose commits share a flush to
/// disk when they run together, nor the open data export, which streams for seconds and would hold a turn as long;
/// health checks, the documentation and the public page never wait. A request whose caller goes away while it waits
/// leaves the queue.
/// </remarks>
public sealed class RequestAdmission : IDisposable
{
    private readonly ConcurrencyLimiter _limiter;
    private readonly Counter<long> _refusals;

    public RequestAdmission(IOptions<AdmissionOptions> options, IMeterFactory meters)
    {
        var value = options.Value;
        var meter = meters.Create(JippMetrics.MeterName);
        meter.CreateObservableGauge("jipp.requests.waiting", () => Waiting, "{request}", "API reads waiting for a turn (ADR 33): the instance works on Jipp:Admission:MaxConcurrentRequests at once.");
        _refusals = meter.CreateCounter<long>("jipp.requests.admission_refusals", "{request}", "API reads answered 503 because Jipp:Admission:QueueLimit requests were already waiting for a turn.");
        Limit = value.EffectiveMaxConcurrentRequests;
        _limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = Limit,
            QueueLimit = Math.Max(0, value.QueueLimit),
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    /// <summary>The requests in progress at once.</summary>
    public int Limit { get; }

    /// <summary>The requests waiting for a turn now.</summary>
    public long Waiting => _limiter.GetStatistics()?.CurrentQueuedCount ?? 0;

    /// <summary>Counts a request refused because the queue was full.</summary>
    public void Refused() => _refusals.Add(1);

    /// <summary>Waits for a turn; the lease is not acquired when the queue is full.</summary>
    public ValueTask<RateLimitLease> AcquireAsync(CancellationToken cancellationToken) => _limiter.AcquireAsync(1, cancellationToken);

    /// <summary>
    /// Whether a request waits for a turn: the API's reads (GET and HEAD, and the operations marked
    /// <see cref="AdmittedAsReadMetadata"/>), except the open data export and its dictionary. Writes do not wait: their
    /// time is mostly the commit's flush to disk, which concurrent commits share, so a bound would slow them.
    /// </summary>
    public static bool Admits(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var endpoint = context.GetEndpoint();
        if (endpoint?.Metadata.GetMetadata<OpenDataExportMetadata>() is not null)
        {
            return false;
        }

        return HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
            || endpoint?.Metadata.GetMetadata<AdmittedAsReadMetadata>() is not null;
    }

    public void Dispose() => _limiter.Dispose();
}

/// <summary>Endpoint metadata: an operation that is not a GET but only reads (matchmaking), admitted as the reads are.</summary>
public sealed class AdmittedAsReadMetadata
{
    public static readonly AdmittedAsReadMetadata Instance = new();
}

public static class AdmissionEndpointExtensions
{
    /// <summary>This operation only reads, although it is not a GET: it waits for a turn as the reads do (ADR 33).</summary>
    public static TBuilder AdmittedAsRead<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(AdmittedAsReadMetadata.Instance);
}

/// <summary>Holds each API read until <see cref="RequestAdmission"/> gives it a turn.</summary>
public sealed class RequestAdmissionMiddleware(RequestDelegate next, RequestAdmission admission)
{
    /// <summary>The <c>Retry-After</c> of a request refused because the queue is full.</summary>
    public const int RetryAfterSeconds = 1;

    public async Task InvokeAsync(HttpContext context)
    {
        if (!RequestAdmission.Admits(context))
        {
            await next(context);
            return;
        }

        RateLimitLease lease;
        try
        {
            lease = await admission.AcquireAsync(context.RequestAborted);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The caller went away while waiting: nothing was done and no one reads an answer.
            return;
        }

        using (lease)
        {
            if (!lease.IsAcquired)
            {
                admission.Refused();
                context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                await ProblemWriter.WriteAsync(context, Refusal.Unavailable, ApiMessages.InstanceSaturated.Text);
                return;
            }

            await next(context);
        }
    }
}
