namespace Jipp.Application.Common.Querying;

/// <summary>Builds ILIKE patterns from caller text, so that '%' and '_' match themselves.</summary>
public static class LikePattern
{
    public const string EscapeCharacter = "\\";

    public static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);

    public static string Contains(string text) => "%" + Escape(text) + "%";
}
