using System.Globalization;

namespace Jipp.Application.Common.Localization;

/// <summary>
/// One message in both languages of the service, side by side. Numbered placeholders
/// (<c>{0}</c>, <c>{1}</c>, …) take arguments; FluentValidation's named placeholders such as
/// <c>{PropertyName}</c> are left for the validator to fill in.
/// </summary>
/// <param name="English">The English text, the default.</param>
/// <param name="Indonesian">The Indonesian (Bahasa Indonesia) text.</param>
public sealed record Phrase(string English, string Indonesian)
{
    /// <summary>The text in the language of the current request (<see cref="CultureInfo.CurrentUICulture"/>).</summary>
    public string Text => Languages.IsIndonesian(CultureInfo.CurrentUICulture) ? Indonesian : English;

    /// <summary>The text in the current request's language, with the arguments put in; a <see cref="Phrase"/> argument is itself rendered in that language.</summary>
    public string Format(params object?[] arguments) => Fill(Text, arguments);

    /// <summary>The English text with the arguments put in (for logs and exception messages).</summary>
    public string FormatEnglish(params object?[] arguments) => Fill(English, arguments, english: true);

    private static string Fill(string template, object?[] arguments, bool english = false)
    {
        var text = template;
        for (var i = 0; i < arguments.Length; i++)
        {
            text = text.Replace("{" + i.ToString(CultureInfo.InvariantCulture) + "}", Render(arguments[i], english), StringComparison.Ordinal);
        }

        return text;
    }

    private static string Render(object? argument, bool english) => argument switch
    {
        Phrase phrase => english ? phrase.English : phrase.Text,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => argument?.ToString() ?? string.Empty,
    };
}

/// <summary>A phrase with its arguments, rendered when the response is written, in the request's language.</summary>
public sealed record LocalizedMessage(Phrase Phrase, IReadOnlyList<object?> Arguments)
{
    public LocalizedMessage(Phrase phrase)
        : this(phrase, [])
    {
    }

    public string Text => Phrase.Format([.. Arguments]);

    public string English => Phrase.FormatEnglish([.. Arguments]);
}

/// <summary>The languages the service answers in: English (the default) and Indonesian.</summary>
public static class Languages
{
    public const string English = "en";
    public const string Indonesian = "id";

    /// <summary>By name, since the service runs with invariant globalization data (<c>id</c>, <c>id-ID</c>).</summary>
    public static bool IsIndonesian(CultureInfo culture) =>
        culture.Name.Equals(Indonesian, StringComparison.OrdinalIgnoreCase)
        || culture.Name.StartsWith(Indonesian + "-", StringComparison.OrdinalIgnoreCase);
}
