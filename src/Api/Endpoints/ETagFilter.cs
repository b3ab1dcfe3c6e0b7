using Jipp.Application.Common.Concurrency;

namespace Jipp.Api.Endpoints;

/// <summary>Puts the strong ETag of a single mutable resource on its response; send it back in If-Match to change it safely.</summary>
public sealed class ETagFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        if (result is IValueHttpResult { Value: IVersioned versioned })
        {
            context.HttpContext.Response.Headers.ETag = EntityTags.Of(versioned.Version);
        }

        return result;
    }
}

/// <summary>Marks the endpoints that run <see cref="ETagFilter"/>, so that the OpenAPI document can declare the header (filters are not metadata).</summary>
public sealed class SendsETagMetadata
{
    public static readonly SendsETagMetadata Instance = new();

    private SendsETagMetadata()
    {
    }
}

public static class ETagEndpointConventions
{
    /// <summary>Sends the ETag of every single versioned resource the group answers with, and says so in the OpenAPI document.</summary>
    public static RouteGroupBuilder WithETags(this RouteGroupBuilder group) =>
        group.AddEndpointFilter<ETagFilter>().WithMetadata(SendsETagMetadata.Instance);
}
