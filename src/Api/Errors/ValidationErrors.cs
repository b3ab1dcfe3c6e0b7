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

    private static string CamelPath(string path) =>
        string.Join('.', path.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));
}
