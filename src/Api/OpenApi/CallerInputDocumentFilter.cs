using System.Globalization;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Jipp.Api.OpenApi;

/// <summary>
/// Completes the bounds of what callers send (parameters and request bodies) where no validator
/// sets one, from what the service's binding itself refuses: an integer outside its CLR type's range
/// (<c>int32</c>, <c>int64</c>), a UUID or a date that is longer than its format allows. Validator
/// bounds (<see cref="ValidatorBounds"/>) are declared first and never loosened here. A header or
/// a path segment that nothing else bounds is bounded by what Kestrel reads at all: the size of all
/// request headers (431 beyond) and of the request line (414 beyond).
/// </summary>
public sealed class CallerInputDocumentFilter(IOptions<KestrelServerOptions> kestrel) : IDocumentFilter
{
    private static readonly Dictionary<string, int> FormatLengths = new(StringComparer.Ordinal)
    {
        ["uuid"] = 36,
        ["date"] = 10,
    };

    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        var document = swaggerDoc;
        var seen = new HashSet<IOpenApiSchema>(ReferenceEqualityComparer.Instance);
        foreach (var operation in (document.Paths ?? []).Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []))
        {
            foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>())
            {
                Complete(parameter.Schema, document, seen);
                if (parameter.Schema is OpenApiSchema { MaxLength: null, Enum: null } text && (text.Type ?? 0).HasFlag(JsonSchemaType.String))
                {
                    text.MaxLength = parameter.In switch
                    {
                        ParameterLocation.Header => kestrel.Value.Limits.MaxRequestHeadersTotalSize,
                        ParameterLocation.Path => kestrel.Value.Limits.MaxRequestLineSize,
                        _ => null,
                    };
                }
            }

            foreach (var media in (operation.RequestBody?.Content ?? new Dictionary<string, OpenApiMediaType>()).Values)
            {
                Complete(media.Schema, document, seen);
            }
        }
    }

    private static void Complete(IOpenApiSchema? schema, OpenApiDocument document, HashSet<IOpenApiSchema> seen)
    {
        if (schema is OpenApiSchemaReference reference)
        {
            schema = reference.Reference.Id is { } id ? (document.Components?.Schemas?.TryGetValue(id, out var target) == true ? target : null) : null;
        }

        if (schema is not OpenApiSchema concrete || !seen.Add(concrete))
        {
            return;
        }

        var type = concrete.Type ?? 0;
        if (type.HasFlag(JsonSchemaType.Integer))
        {
            concrete.Format ??= "int32";
            var (minimum, maximum) = concrete.Format == "int64" ? (long.MinValue, long.MaxValue) : ((long)int.MinValue, (long)int.MaxValue);
            concrete.Minimum ??= minimum.ToString(CultureInfo.InvariantCulture);
            concrete.Maximum ??= maximum.ToString(CultureInfo.InvariantCulture);
        }

        if (type.HasFlag(JsonSchemaType.String) && concrete.MaxLength is null && concrete.Format is { } format && FormatLengths.TryGetValue(format, out var length))
        {
            concrete.MaxLength = length;
        }

        Complete(concrete.Items, document, seen);
        foreach (var nested in (concrete.Properties?.Values ?? []).Concat(concrete.AllOf ?? []).Concat(concrete.OneOf ?? []).Concat(concrete.AnyOf ?? []))
        {
            Complete(nested, document, seen);
        }
    }
}
