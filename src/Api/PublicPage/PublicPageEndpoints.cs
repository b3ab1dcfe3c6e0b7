using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.FileProviders;

namespace Jipp.Api.PublicPage;

/// <summary>
/// The public page "the network at a glance" at <c>/</c> and its bundled assets under <c>/assets/</c>, built from
/// <c>web/</c> into <c>web/dist/</c> and copied beside the service as <c>page/</c> (docs/adr/0029-public-page.md).
/// The page reads only the public API, as an anonymous caller. Without a built page the service runs as ever
/// and <c>/</c> says how to build it.
/// </summary>
public static class PublicPageEndpoints
{
    /// <summary>Where the built page is; by default <c>page/</c> beside the service's assemblies.</summary>
    public const string DirectorySetting = "Jipp:PublicPage:Directory";

    public const string NotBuiltMessage = """
        The public page of the JIPP Hub API is not built.
        Build it with Node.js 20 or later: cd web && npm ci --ignore-scripts && npm run build
        (./scripts/run.sh, ./scripts/test.sh and the Dockerfile do this), then build the service again.
        The API itself works: see /swagger.
        """;

    /// <summary>Whether the request is for the page or its assets, which get the page's Content-Security-Policy.</summary>
    public static bool IsPagePath(PathString path) =>
        path == "/" || path.StartsWithSegments("/assets", StringComparison.OrdinalIgnoreCase);

    /// <summary>Serves the hashed assets (kept by browsers for a year: a new build has new names), when they are built.</summary>
    public static IApplicationBuilder UseJippPublicPageAssets(this WebApplication app)
    {
        var assets = Path.Combine(PageDirectory(app.Configuration), "assets");
        if (Directory.Exists(assets))
        {
            // Compressed for callers that accept it (the script is about 170 kB, a third of that in Brotli): public,
            // unchanging files without secrets, so compression over HTTPS reveals nothing (no BREACH-style guessing).
            app.UseWhen(
                context => context.Request.Path.StartsWithSegments("/assets", StringComparison.OrdinalIgnoreCase),
                branch => branch.UseResponseCompression());
            app.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = new PhysicalFileProvider(assets),
                RequestPath = "/assets",
                OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "public, max-age=31536000, immutable",
            });
        }

        return app;
    }

    /// <summary>The compression of the page's assets (only theirs: API answers stay uncompressed).</summary>
    public static IServiceCollection AddJippPublicPage(this IServiceCollection services) =>
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ["text/javascript", "application/javascript", "text/css"];
        });

    public static IEndpointRouteBuilder MapJippPublicPage(this IEndpointRouteBuilder routes)
    {
        var directory = PageDirectory(routes.ServiceProvider.GetRequiredService<IConfiguration>());
        var index = Path.Combine(directory, "index.html");

        // The assets are served only if they were there at start (UseJippPublicPageAssets): without them the page
        // would be served broken, so it is not served at all until the service starts again.
        var assets = Directory.Exists(Path.Combine(directory, "assets"));
        routes.MapGet("/", (HttpResponse response) =>
            {
                // Read again on every request: a rebuild while the service runs is served at once. It names the
                // assets of its build, so it is never kept.
                response.Headers.CacheControl = "no-cache";
                return assets && File.Exists(index)
                    ? Results.File(index, "text/html; charset=utf-8")
                    : Results.Text(NotBuiltMessage, "text/plain; charset=utf-8", statusCode: StatusCodes.Status503ServiceUnavailable);
            })
            // Not an operation of the API: no name, no place in the OpenAPI document.
            .ExcludeFromDescription()
            .AllowAnonymous();
        return routes;
    }

    private static string PageDirectory(IConfiguration configuration) =>
        configuration[DirectorySetting] is { Length: > 0 } directory ? directory : Path.Combine(AppContext.BaseDirectory, "page");
}
