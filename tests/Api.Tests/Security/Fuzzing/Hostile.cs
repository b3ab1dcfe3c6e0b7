using System.Globalization;
using CsCheck;

namespace Jipp.Api.Tests.Security.Fuzzing;

/// <summary>
/// Generators of hostile values: the strings, numbers and tokens a careless or malicious caller
/// sends. They are the building blocks of <see cref="RequestGenerator"/>.
/// </summary>
public static class Hostile
{
    /// <summary>Injection attempts against SQL, full-text search, templates, paths, headers and scripts.</summary>
    public static readonly Gen<string> Injection = Gen.OneOf(
        "' OR 1=1--",
        "' OR '1'='1",
        "'; DROP TABLE agencies; --",
        "\" OR \"\"=\"",
        "1; SELECT pg_sleep(10)",
        "1) UNION SELECT key_hash FROM api_clients--",
        "$1",
        "%",
        "_%_",
        "\\",
        "\\'",
        "a & b | !c:* <-> d",
        "!!!",
        "(((",
        "'",
        "\"",
        ":*",
        "<script>alert(1)</script>",
        "{{7*7}}",
        "${jndi:ldap://example.invalid/a}",
        "../../../../etc/passwd",
        "..\\..\\windows\\win.ini",
        "%2e%2e%2f%2e%2e%2f",
        "%00",
        "%0d%0aSet-Cookie: a=b",
        "{\"$gt\": \"\"}",
        "null",
        "undefined",
        "NaN",
        "[]",
        "{}",
        "true");

    /// <summary>Unicode that trips naive code: scripts, emoji, zero-width and combining marks, NUL, controls.</summary>
    public static readonly Gen<string> Unicode = Gen.OneOf(
        "Inovasi Pelayanan Publik \u2713",
        "\u0645\u0631\u062d\u0628\u0627 \u0628\u0627\u0644\u0639\u0627\u0644\u0645",
        "\ud835\udcb0\ud835\udcc3\ud835\udcbe\ud835\udcb8\u2134\ud835\udcb9\u212f",
        "\ud83d\ude00\ud83c\uddee\ud83c\udde9\ud83d\udc69\u200d\ud83d\udc69\u200d\ud83d\udc67",
        "\u200b\u200d\ufeff",
        "e\u0301\u0301\u0301\u0301\u0301",
        "\u202eevil\u202c",
        "\u0130\u0131 \u00df \u017f",
        "nul\u0000byte",
        "\u0000",
        "tab\tnew\nline\rcarriage",
        "\u0007\u001b[31mred",
        "\uff21\uff22\uff23 \u5168\u89d2",
        "\u0663\u0665",
        "\ufffd\ufffe\uffff");

    /// <summary>Arbitrary text from CsCheck's string generator (any UTF-16 code units).</summary>
    public static readonly Gen<string> Random = Gen.String[0, 40];

    /// <summary>Strings far over any field's limit.</summary>
    public static readonly Gen<string> Overlong = Gen.Frequency(
        (6, Gen.Int[201, 2_000].Select(n => new string('a', n))),
        (3, Gen.Int[2_001, 20_000].Select(n => string.Concat(Enumerable.Repeat("\u00e9\ud83d\ude00", n / 3)))),
        (1, Gen.Int[100_000, 300_000].Select(n => new string('x', n))));

    public static readonly Gen<string> Blank = Gen.OneOf(string.Empty, " ", "   ", "\t", "\n", "\u00a0");

    /// <summary>Any hostile string.</summary>
    public static readonly Gen<string> Any = Gen.Frequency(
        (4, Injection),
        (3, Unicode),
        (3, Random),
        (2, Overlong),
        (1, Blank));

    /// <summary>JSON number tokens at and beyond the limits of int, long and double.</summary>
    public static readonly Gen<string> NumberToken = Gen.Frequency(
        (3, Gen.OneOf(
            "0", "-0", "-1", "1", "2147483647", "2147483648", "-2147483648", "-2147483649", "4294967296",
            "9223372036854775807", "9223372036854775808", "-9223372036854775809", "18446744073709551616",
            "123456789012345678901234567890", "1e308", "-1e308", "1e309", "1e-400", "0.5", "-0.0", "1.0",
            "1E2", "2.5e-3", "0.1e1")),
        (2, Gen.Int.Select(i => i.ToString(CultureInfo.InvariantCulture))),
        (1, Gen.Long.Select(i => i.ToString(CultureInfo.InvariantCulture))),
        (1, Gen.Double.Where(double.IsFinite).Select(d => d.ToString("R", CultureInfo.InvariantCulture))));

    /// <summary>Numbers as they appear in a query string or path: tokens plus text that is no number.</summary>
    public static readonly Gen<string> NumberText = Gen.Frequency(
        (5, NumberToken),
        (1, Gen.OneOf("", "abc", "1,5", "0x10", "+5", " 5", "5 ", "\u0661\u0662", "Infinity", "NaN", "1_000", "--1", "1e", "\u2212" + "1")),
        (1, Any));

    public static readonly Gen<string> DateText = Gen.Frequency(
        (3, Gen.DateOnly.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
        (2, Gen.OneOf(
            "2023-02-13", "0001-01-01", "9999-12-31", "2023-02-30", "2023-13-01", "2023-00-10", "2023-2-3",
            "13/02/2023", "2023-02-13T10:00:00Z", "2023-02-13T25:61:61", "-2023-01-01", "+275760-09-13",
            "99999-01-01", "2023", "today", "0000-00-00", "2100-01-01")),
        (1, Any));

    public static readonly Gen<string> BoolText = Gen.OneOf("true", "false", "True", "FALSE", "1", "0", "yes", "on", "", "null", "tru");

    public static readonly Gen<string> GuidText = Gen.Frequency(
        (4, Gen.Guid.Select(g => g.ToString())),
        (1, Gen.OneOf(
            Guid.Empty.ToString(), "ffffffff-ffff-ffff-ffff-ffffffffffff", "00000000000000000000000000000000",
            "{00000000-0000-0000-0000-000000000001}", "(12345678-1234-1234-1234-123456789abc)",
            "12345678-1234-1234-1234-123456789abcd", "12345678-1234-1234-1234", "not-a-guid", "1")),
        (1, Gen.Guid.Select(g => g.ToString().ToUpperInvariant())),
        (2, Any));

    /// <summary>Opaque cursor text: valid base64url of hostile JSON, broken base64, and plain junk.</summary>
    public static readonly Gen<string> CursorText = Gen.Frequency(
        (3, Gen.OneOf(
            "{}", "[]", "null", "1", "\"x\"", "{\"id\":null}", "{\"id\":\"' OR 1=1--\"}", "{\"Id\":\"00000000-0000-0000-0000-000000000000\"}",
            "{\"Name\":\"\\u0000\",\"Id\":\"00000000-0000-0000-0000-000000000000\"}", "{\"Rank\":1e308}", "{\"a\":{\"b\":{\"c\":[[[[]]]]}}}")
            .Select(Base64Url)),
        (2, Any.Select(Base64Url)),
        (1, Gen.OneOf("!!!", "====", "eyJ", "eyJpZCI6", "a", "%%%", "e30=", "e30")),
        (2, Any));

    /// <summary>If-Match values: wildcards, strong and weak tags, numbers out of range, lists and junk.</summary>
    public static readonly Gen<string> IfMatch = Gen.Frequency(
        (3, Gen.UInt.Select(v => $"\"{v.ToString(CultureInfo.InvariantCulture)}\"")),
        (3, Gen.OneOf("*", "\"0\"", "\"-1\"", "\"4294967296\"", "W/\"1\"", "\"1\", \"2\"", "\"\"", "1", "\"abc\"", ",,,", "*, \"1\"")),
        (1, Any));

    public static readonly Gen<string> IdempotencyKey = Gen.Frequency(
        (6, Gen.Guid.Select(g => g.ToString())),
        (2, Gen.OneOf("retry-1", "retry-2", "retry-3")),
        (1, Gen.OneOf(string.Empty, " ")),
        (1, Gen.Int[256, 2_000].Select(n => new string('k', n))),
        (1, Any));

    /// <summary>Keeps only what can travel in an HTTP header (visible ASCII and space); the transport rejects the rest before the service sees it.</summary>
    public static string HeaderSafe(string value) =>
        new(value.Where(c => c is >= ' ' and <= '~').ToArray());

    public static string Base64Url(string text) => System.Buffers.Text.Base64Url.EncodeToString(System.Text.Encoding.UTF8.GetBytes(text));
}
