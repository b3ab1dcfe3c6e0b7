using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Jipp.Api.OpenApi;

/// <summary>Marks an endpoint whose 200 answer carries an <c>Age</c> header (answers served from a cache), so that the document says so.</summary>
public sealed class AgeHeader
{
    public static AgeHeader Metadata { get; } = new();

    private AgeHeader()
    {
    }

    /// <summary>Adds the <c>Age</c> header to the 200 answer of the operations marked with <see cref="Metadata"/>.</summary>
    public sealed class OperationFilter : IOperationFilter
    {
        public void Apply(OpenApiOperation operation, OperationFilterContext context)
        {
            if (!context.ApiDescription.ActionDescriptor.EndpointMetadata.Contains(Metadata)
                || operation.Responses?.GetValueOrDefault("200") is not OpenApiResponse ok)
            {
                return;
            }

            ok.Headers ??= new Dictionary<string, IOpenApiHeader>();
            ok.Headers["Age"] = new OpenApiHeader
            {
                Description = "Seconds since the answer was computed (at most `Jipp:Statistics:MaxAgeSeconds`, 60).",
                Schema = new OpenApiSchema { Type = JsonSchemaType.Integer },
            };
        }
    }
}
