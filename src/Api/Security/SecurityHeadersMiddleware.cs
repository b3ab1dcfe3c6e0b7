using Jipp.Api.PublicPage;
using Jipp.Infrastructure.Security;

namespace Jipp.Api.Security;

/// <summary>
/// Headers that tell browsers to treat every answer as data: no content sniffing, no framing,
/// no referrer, a Content-Security-Policy that lets nothing run (Swagger UI gets one that lets its
/// own scripts run and nothing else, the public page at <c>/</c> one that lets only its own script, styles and
/// calls to this service in), and <c>Cache-Control: no-store</c> on answers to requests
/// with an API key, so that no shared cache keeps what a client was allowed to see.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    public const string SwaggerUiPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    /// <summary>
    /// The public page: its one bundled script, its one stylesheet and its icon from this service, calls to this
    /// service only; no inline script or style, no frames, no forms sent anywhere, no plugins.
    /// </summary>
    public const string PublicPagePolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            var path = context.Request.Path;
            headers.ContentSecurityPolicy = path.StartsWithSegments("/swagger", StringComparison.OrdinalIgnoreCase) ? SwaggerUiPolicy
                : PublicPageEndpoints.IsPagePath(path) ? PublicPagePolicy
                : ApiPolicy;
            if (context.Request.Headers.ContainsKey(ClientClaims.HeaderName))
            {
                headers.CacheControl = "no-store";
            }

            headers.Remove("X-Powered-By");
            return Task.CompletedTask;
        });
        return next(context);
    }
}
