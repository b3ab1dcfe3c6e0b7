using Jipp.Api.Security;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Jipp.Api.OpenApi;

/// <summary>
/// The rate-limit headers, described once in the document's components: <c>RateLimit-Limit</c> and
/// <c>RateLimit-Remaining</c> on every answer (the limiter sets them as the answer starts, see
/// <see cref="RateLimiting"/>), and with <c>RateLimit-Reset</c> and <c>Retry-After</c> on a 429;
/// <c>Retry-After</c> also on a 503. Required: the service always sends them there, as long as rate
/// limiting is on (<c>Jipp:RateLimiting:Enabled</c>, on unless something else limits the traffic).
/// </summary>
public static class RateLimitHeaders
{
    /// <summary>The longest window: new replication requests are limited per hour.</summary>
    private const int LongestWindowSeconds = 3600;

    private static readonly Dictionary<string, (string Description, int Minimum, int Maximum)> Definitions = new(StringComparer.Ordinal)
    {
        [RateLimiting.LimitHeader] = ("Requests the caller may make in the current window (per API client, or per address without a key).", 1, int.MaxValue),
        [RateLimiting.RemainingHeader] = ("Requests left in the current window; 0 on a 429.", 0, int.MaxValue),
        [RateLimiting.ResetHeader] = ("Seconds until the window admits requests again (sent on a 429).", 1, LongestWindowSeconds),
        ["Retry-After"] = ("Seconds to wait before retrying.", 1, LongestWindowSeconds),
    };

    /// <summary>A reference to the header's description in the components, which it adds on first use.</summary>
    public static IOpenApiHeader Reference(string name, OperationFilterContext context)
    {
        var components = context.Document.Components ??= new OpenApiComponents();
        components.Headers ??= new Dictionary<string, IOpenApiHeader>();
        if (!components.Headers.ContainsKey(name))
        {
            var (description, minimum, maximum) = Definitions[name];
            components.Headers[name] = new OpenApiHeader
            {
                Description = description,
                Required = true,
                Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.Integer,
                    Format = "int32",
                    Minimum = minimum.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Maximum = maximum.ToString(System.Globalization.CultureInfo.InvariantCulture),
                },
            };
        }

        return new OpenApiHeaderReference(name, context.Document);
    }

    /// <summary>Declares <c>RateLimit-Limit</c> and <c>RateLimit-Remaining</c> on every answer of every operation.</summary>
    public sealed class OperationFilter : IOperationFilter
    {
        public void Apply(OpenApiOperation operation, OperationFilterContext context)
        {
            foreach (var response in (operation.Responses ?? []).Values.OfType<OpenApiResponse>())
            {
                response.Headers ??= new Dictionary<string, IOpenApiHeader>();
                response.Headers.TryAdd(RateLimiting.LimitHeader, Reference(RateLimiting.LimitHeader, context));
                response.Headers.TryAdd(RateLimiting.RemainingHeader, Reference(RateLimiting.RemainingHeader, context));
            }
        }
    }
}
