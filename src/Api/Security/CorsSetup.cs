using Jipp.Api.Errors;
using Jipp.Infrastructure.Security;

namespace Jipp.Api.Security;

/// <summary>
/// Cross-origin calls from browsers are closed unless <c>Jipp:Cors:AllowedOrigins</c> names the
/// origins of the web applications that may call the API; then those origins may call every
/// operation with an API key, and read the headers an integrator needs.
/// </summary>
public static class CorsSetup
{
    public const string Section = "Jipp:Cors:AllowedOrigins";

    public static string[] AllowedOrigins(IConfiguration configuration) =>
        (configuration.GetSection(Section).Get<string[]>() ?? [])
            .Where(o => !string.IsNullOrWhiteSpace(o))
            .Select(o => o.Trim().TrimEnd('/'))
            .ToArray();

    public static IServiceCollection AddJippCors(this IServiceCollection services, IConfiguration configuration)
    {
        var origins = AllowedOrigins(configuration);
        if (origins.Length == 0)
        {
            return services;
        }

        return services.AddCors(cors => cors.AddDefaultPolicy(policy => policy
            .WithOrigins(origins)
            .WithMethods(HttpMethods.Get, HttpMethods.Post, HttpMethods.Put, HttpMethods.Delete)
            .WithHeaders(ClientClaims.HeaderName, "Content-Type", "Accept", "If-Match", IdempotencyMiddleware.HeaderName)
            .WithExposedHeaders(
                "ETag",
                "Location",
                "Retry-After",
                RateLimiting.LimitHeader,
                RateLimiting.RemainingHeader,
                RateLimiting.ResetHeader,
                IdempotencyMiddleware.ReplayedHeader,
                SupportedVersionsHeaderMiddleware.HeaderName)
            .SetPreflightMaxAge(TimeSpan.FromMinutes(10))));
    }

    public static IApplicationBuilder UseJippCors(this WebApplication app) =>
        AllowedOrigins(app.Configuration).Length == 0 ? app : app.UseCors();
}
