using System.Text.Json;
using FluentValidation;

namespace Jipp.Api.Errors;

internal static class ValidationErrors
{
    /// <summary>Groups validation messages by field, with field paths in the camelCase of the JSON.</summary>
    public static Dictionary<string, string[]> From(ValidationException exception) =>
        exception.Errors
            .GroupBy(e => CamelPath(e.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray());

    /// <summary>A command's <c>Input</c> is the request body itself, so its fields are named without the prefix.</summary>
    private static string CamelPath(string path)
    {
        const string body = "Input.";
        var relative = path.StartsWith(body, StringComparison.Ordinal) ? path[body.Length..] : path;
        return string.Join('.', relative.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));
    }
}
