using NpgsqlTypes;

namespace Jipp.Application.Common.Querying;

/// <summary>PostgreSQL full-text functions that the provider does not translate; mapped in the DbContext's model.</summary>
public static class TextSearch
{
    /// <summary>The SQL function behind <see cref="TitleOnly"/>: <c>ts_filter(vector, '{a}')</c>.</summary>
    public const string TitleLexemesFunction = "title_lexemes";

    /// <summary>
    /// The lexemes of a search vector that carry weight A, that is the title's (<c>ts_filter(vector, '{a}')</c>):
    /// a query matching them matches the title.
    /// </summary>
    public static NpgsqlTsVector TitleOnly(NpgsqlTsVector vector) =>
        throw new InvalidOperationException($"{nameof(TitleOnly)} is translated to SQL; it cannot run in memory ({vector}).");
}
