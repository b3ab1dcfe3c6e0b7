using Jipp.Application.Common.Interfaces;
using Jipp.Domain.ApiClients;
using Jipp.Infrastructure.Persistence.Replicas;

namespace Jipp.Api.Replicas;

/// <summary>Endpoint metadata: a GET whose answer may come from a standby for every caller (search, statistics), or only the requests <see cref="Applies"/> accepts.</summary>
public sealed class ToleratesStaleReadsMetadata(Func<HttpRequest, bool>? when = null)
{
    public bool Applies(HttpRequest request) => when?.Invoke(request) ?? true;
}

/// <summary>Endpoint metadata: a GET that always reads the primary (the event feed, whose positions are stamped there).</summary>
public sealed class ReadsFromPrimaryMetadata
{
    public static readonly ReadsFromPrimaryMetadata Instance = new();
}

public static class ReadRoutingEndpointExtensions
{
    /// <summary>Every caller's GET of this endpoint (or those <paramref name="when"/> accepts) may be answered from a standby, a few seconds behind.</summary>
    public static TBuilder ToleratesStaleReads<TBuilder>(this TBuilder builder, Func<HttpRequest, bool>? when = null)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ToleratesStaleReadsMetadata(when));

    /// <summary>This endpoint always reads the primary.</summary>
    public static TBuilder ReadsFromPrimary<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(ReadsFromPrimaryMetadata.Instance);
}

/// <summary>
/// Chooses the database of a request's reads when <c>ConnectionStrings:ReadReplicas</c> is set (ADR 24): a GET goes to
/// a standby when the caller is anonymous or a <c>reader</c>, or the endpoint tolerates stale reads (search,
/// statistics), unless the endpoint reads from the primary (events) or the caller wrote within
/// <c>Jipp:ReadReplicas:PrimaryAfterWriteSeconds</c>; everything else, writes first, goes to the primary. A
/// successful write of a client is recorded before its response starts, so its next read finds it whichever instance
/// it reaches. Without standbys it does nothing.
/// </summary>
public sealed class ReadRoutingMiddleware(RequestDelegate next, StandbyDatabase standbys, RecentWriters writers)
{
    public async Task InvokeAsync(HttpContext context, ICurrentClient client, IReadRouting routing)
    {
        if (!standbys.Configured)
        {
            await next(context);
            return;
        }

        var clientId = client.ClientId?.ToString();
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        {
            var metadata = context.GetEndpoint()?.Metadata;
            if (metadata?.GetMetadata<ReadsFromPrimaryMetadata>() is null
                && (clientId is null || client.Role == ApiClientRole.Reader || metadata?.GetMetadata<ToleratesStaleReadsMetadata>()?.Applies(context.Request) == true)
                && (clientId is null || !await writers.WroteRecentlyAsync(clientId)))
            {
                routing.PreferStandby();
            }
        }
        else if (clientId is not null)
        {
            context.Response.OnStarting(async () =>
            {
                if (context.Response.StatusCode < StatusCodes.Status400BadRequest)
                {
                    await writers.RecordAsync(clientId);
                }
            });
        }

        await next(context);
    }
}
