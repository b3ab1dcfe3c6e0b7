using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace Jipp.Application.Common.Paging;

/// <summary>
/// Opaque keyset cursors: the sort key of the last item of a page, as base64url JSON. Callers
/// must treat them as opaque; the service checks them like any other input.
/// </summary>
public static class Cursor
{
    /// <summary>No cursor the service writes is longer; a longer one is refused unread.</summary>
    public const int MaxLength = 512;

    // A cursor must name every member of its position and nothing else.
    private static readonly JsonSerializerOptions Options = new()
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    public static string Encode<T>(T position) => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(position, Options));

    public static bool TryDecode<T>(string? cursor, [NotNullWhen(true)] out T? position)
        where T : class
    {
        position = null;
        if (string.IsNullOrEmpty(cursor) || cursor.Length > MaxLength || !Base64Url.IsValid(cursor))
        {
            return false;
        }

        var json = Base64Url.DecodeFromChars(cursor);

        // PostgreSQL text cannot hold U+0000, so a position with one would fail in the database, not as a bad cursor.
        if (System.Text.Encoding.UTF8.GetString(json).Contains("\\u0000", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        try
        {
            position = JsonSerializer.Deserialize<T>(json, Options);
            return position is not null;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    public static T? DecodeOrDefault<T>(string? cursor)
        where T : class => TryDecode<T>(cursor, out var position) ? position : null;

    /// <summary>Builds a page from <paramref name="rows"/> fetched with one row more than the page size.</summary>
    public static Page<T> ToPage<T>(IReadOnlyList<T> rows, int pageSize, Func<T, string> cursorOf)
    {
        if (rows.Count <= pageSize)
        {
            return new Page<T>(rows, null);
        }

        var items = rows.Take(pageSize).ToList();
        return new Page<T>(items, cursorOf(items[^1]));
    }
}
