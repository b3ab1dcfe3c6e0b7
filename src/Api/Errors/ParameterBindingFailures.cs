using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;

namespace Jipp.Api.Errors;

/// <summary>
/// Names the route or query parameter that did not bind. The request delegates that the Request Delegate
/// Generator writes at build time (docs/adr/0016-start-up.md) answer an optional parameter that does not
/// parse, such as <c>pageSize=ten</c>, with a bare 400, where the framework's runtime-built delegates throw a
/// <see cref="BadHttpRequestException"/> naming it (see <see cref="ProblemExceptionHandler"/>). For that bare
/// 400 the endpoint's parameters are parsed again, as binding parsed them, to name the first that fails.
/// </summary>
internal static class ParameterBindingFailures
{
    public static string? FirstFailing(HttpContext context)
    {
        var endpoint = context.GetEndpoint();
        if (endpoint is null)
        {
            return null;
        }

        foreach (var parameter in endpoint.Metadata.GetOrderedMetadata<IParameterBindingMetadata>())
        {
            if (parameter.HasTryParse && Raw(context, parameter.Name) is { Length: > 0 } raw && !Parses(parameter.ParameterInfo.ParameterType, raw))
            {
                return parameter.Name;
            }
        }

        return null;
    }

    /// <summary>As the generated delegates read a parameter without a source attribute: the route value, else the query.</summary>
    private static string? Raw(HttpContext context, string name) =>
        context.Request.RouteValues.TryGetValue(name, out var value) ? value?.ToString() : context.Request.Query[name].ToString();

    private static bool Parses(Type declared, string raw)
    {
        var type = Nullable.GetUnderlyingType(declared) ?? declared;
        if (type.IsEnum)
        {
            return Enum.TryParse(type, raw, out _);
        }

        // The overload binding prefers: with a format provider (the invariant culture), else without.
        var result = type.MakeByRefType();
        if (type.GetMethod("TryParse", BindingFlags.Public | BindingFlags.Static, [typeof(string), typeof(IFormatProvider), result]) is { } withProvider)
        {
            return (bool)withProvider.Invoke(null, [raw, CultureInfo.InvariantCulture, null])!;
        }

        var plain = type.GetMethod("TryParse", BindingFlags.Public | BindingFlags.Static, [typeof(string), result]);
        return plain is null || (bool)plain.Invoke(null, [raw, null])!;
    }
}
