using System.Globalization;
using System.Text.Json;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Jipp.Api.OpenApi;

/// <summary>Declares on the schema of a request body the bounds its validators enforce (see <see cref="ValidatorBounds"/>).</summary>
public sealed class ValidatorBoundsSchemaFilter(ValidatorBounds bounds) : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema { Properties: { Count: > 0 } properties })
        {
            return;
        }

        foreach (var property in context.Type.GetProperties())
        {
            if (properties.TryGetValue(JsonNamingPolicy.CamelCase.ConvertName(property.Name), out var propertySchema))
            {
                ValidatorBoundsOperationFilter.Declare(propertySchema, bounds.Of(context.Type, property.Name), bounds.Of(context.Type, property.Name, items: true));
            }
        }
    }
}

/// <summary>
/// Declares on the query and path parameters of an operation the bounds that the validator of its
/// message enforces; the message is the Application type named like the operation (<c>ListInnovations</c>).
/// </summary>
public sealed class ValidatorBoundsOperationFilter(ValidatorBounds bounds) : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.OperationId is not { } name || operation.Parameters is null)
        {
            return;
        }

        var messages = bounds.TypesNamed(name).ToList();
        foreach (var parameter in operation.Parameters.OfType<OpenApiParameter>().Where(p => p.In is ParameterLocation.Query or ParameterLocation.Path))
        {
            foreach (var message in messages)
            {
                var property = message.GetProperties().FirstOrDefault(p => string.Equals(p.Name, parameter.Name, StringComparison.OrdinalIgnoreCase));
                if (property is not null)
                {
                    Declare(parameter.Schema, bounds.Of(message, property.Name), bounds.Of(message, property.Name, items: true));
                }
            }
        }
    }

    internal static void Declare(IOpenApiSchema? target, ValidatorBounds.Bound? bound, ValidatorBounds.Bound? itemBound)
    {
        if (target is not OpenApiSchema schema)
        {
            return;
        }

        if (bound is not null)
        {
            var type = schema.Type ?? 0;
            if (type.HasFlag(JsonSchemaType.String) && bound.MaxLength is { } maxLength)
            {
                schema.MaxLength = maxLength;
            }

            if (type.HasFlag(JsonSchemaType.Integer) || type.HasFlag(JsonSchemaType.Number))
            {
                schema.Minimum = Text(bound.Minimum) ?? schema.Minimum;
                schema.Maximum = Text(bound.Maximum) ?? schema.Maximum;
            }

            if (type.HasFlag(JsonSchemaType.Array) && bound.MaxItems is { } maxItems)
            {
                schema.MaxItems = maxItems;
            }
        }

        if (itemBound is not null && schema.Items is not null)
        {
            Declare(schema.Items, itemBound, null);
        }
    }

    private static string? Text(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);
}
