using Jipp.Api.Endpoints;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Jipp.Api.OpenApi;

/// <summary>Describes an <see cref="EnumQuery{T}"/> parameter as the enum it carries.</summary>
public sealed class EnumQueryParameterFilter : IParameterFilter
{
    public void Apply(IOpenApiParameter parameter, ParameterFilterContext context)
    {
        var type = context.ApiParameterDescription.Type;
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type is { IsGenericType: true } && type.GetGenericTypeDefinition() == typeof(EnumQuery<>) && parameter is OpenApiParameter concrete)
        {
            concrete.Schema = context.SchemaGenerator.GenerateSchema(type.GetGenericArguments()[0], context.SchemaRepository);
        }
    }
}
