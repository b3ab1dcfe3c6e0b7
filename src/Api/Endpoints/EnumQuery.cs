using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace Jipp.Api.Endpoints;

/// <summary>
/// An enum in the query string, written as in JSON (camelCase names, such as
/// <c>type=provincialGovernment</c>). Numbers and unknown names do not bind, which answers 400.
/// </summary>
[SuppressMessage("Design", "CA1000:Do not declare static members on generic types", Justification = "Minimal API binding calls a static TryParse on the parameter type.")]
public readonly record struct EnumQuery<T>(T Value)
    where T : struct, Enum
{
    public static bool TryParse(string? value, IFormatProvider? provider, [MaybeNullWhen(false)] out EnumQuery<T> result)
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(JsonNamingPolicy.CamelCase.ConvertName(candidate.ToString()), value, StringComparison.OrdinalIgnoreCase))
            {
                result = new EnumQuery<T>(candidate);
                return true;
            }
        }

        result = default;
        return false;
    }
}

public static class EnumQueryExtensions
{
    public static T? ValueOrNull<T>(this EnumQuery<T>? query)
        where T : struct, Enum => query?.Value;
}
