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
            context.HttpContext.Response.Headers.ETag = $"\"{versioned.Version}\"";
        }

        return result;
    }
}
