namespace Jipp.Api.Errors;

/// <summary>
/// Every response carries <c>api-supported-versions</c>, also those that no versioned endpoint
/// answered (errors of unknown routes, health), so integrators always see what is supported.
/// </summary>
public sealed class SupportedVersionsHeaderMiddleware(RequestDelegate next)
{
    public const string HeaderName = "api-supported-versions";
    public const string Supported = "1.0";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            if (!context.Response.Headers.ContainsKey(HeaderName))
            {
                context.Response.Headers[HeaderName] = Supported;
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
