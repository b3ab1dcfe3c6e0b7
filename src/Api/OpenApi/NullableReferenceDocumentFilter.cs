using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Jipp.Api.OpenApi;

/// <summary>
/// A property that may be null and refers to another schema (a candidacy's <c>invitation</c>) is
/// written <c>oneOf: [{$ref}, {type, nullable: true, enum: [null]}]</c>. OpenAPI 3.0 reads
/// <c>nullable</c> only beside a <c>type</c> in the same schema, so <c>{allOf: [$ref], nullable: true}</c>
/// does not admit null; this form does, for linters, JSON Schema validators and NSwag alike (ADR 23).
/// </summary>
public sealed class NullableReferenceDocumentFilter : IDocumentFilter
{
    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        foreach (var schema in (swaggerDoc.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>()).Values.OfType<OpenApiSchema>())
        {
            foreach (var property in (schema.Properties ?? new Dictionary<string, IOpenApiSchema>()).Values.OfType<OpenApiSchema>())
            {
                if (property is not { AllOf: [OpenApiSchemaReference target] } || property.Type is not { } type || !type.HasFlag(JsonSchemaType.Null))
                {
                    continue;
                }

                var referenced = target.Reference.Id is { } id && swaggerDoc.Components?.Schemas?.TryGetValue(id, out var found) == true ? found : null;
                var targetType = (referenced?.Type ?? JsonSchemaType.Object) & ~JsonSchemaType.Null;
                property.AllOf = null;
                property.Type = null;
                property.OneOf =
                [
                    target,
                    new OpenApiSchema { Type = targetType | JsonSchemaType.Null, Enum = [null!], Description = "null: none yet." },
                ];
            }
        }
    }
}
