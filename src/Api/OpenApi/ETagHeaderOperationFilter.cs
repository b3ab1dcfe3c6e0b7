using Jipp.Api.Endpoints;
using Jipp.Application.Common.Concurrency;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Jipp.Api.OpenApi;

/// <summary>
/// Declares the <c>ETag</c> response header where <see cref="ETagFilter"/> sends it: on the
/// successful responses of a single versioned resource (innovation, candidacy, replication
/// request, hub, cohort policy).
/// </summary>
public sealed class ETagHeaderOperationFilter : IOperationFilter
{
    public const string Description =
        "The resource's strong ETag: its version, quoted (such as `\"7\"`). Send it back in `If-Match` to change the resource "
        + "only if nobody changed it since you read it; a stale one answers 412 `precondition_failed`.";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (!context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<SendsETagMetadata>().Any() || operation.Responses is null)
        {
            return;
        }

        var versioned = context.ApiDescription.SupportedResponseTypes
            .Where(r => r.StatusCode is >= 200 and < 300 && r.Type is not null && typeof(IVersioned).IsAssignableFrom(r.Type))
            .Select(r => r.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var status in versioned)
        {
            if (operation.Responses.TryGetValue(status, out var response) && response is OpenApiResponse concrete)
            {
                concrete.Headers ??= new Dictionary<string, IOpenApiHeader>();
                concrete.Headers["ETag"] = new OpenApiHeader { Description = Description, Required = true, Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
            }
        }
    }
}
