using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;

namespace Jipp.Api.Tests.Security.Fuzzing;

/// <summary>
/// Builds, from the OpenAPI document, a CsCheck generator of hostile requests for each operation:
/// path parameters (existing ids, wrong kinds, junk, traversal), query parameters from their schemas
/// with hostile values, bodies generated from the request schema and then mutated (wrong types, nulls,
/// missing and server-owned members, huge values, deep nesting, malformed or non-UTF-8 text, wrong
/// content types), and the If-Match and Idempotency-Key headers.
/// </summary>
public sealed class RequestGenerator(JsonNode document, KnownValues known)
{
    /// <summary>Members the server owns; a body that names one must be refused.</summary>
    private static readonly string[] ServerOwned =
        ["id", "state", "ownerAgencyId", "createdAt", "updatedAt", "version", "etag", "publishedAt", "verification",
         "keyHash", "key", "revokedAt", "replicationCount", "status", "hubId", "role", "__proto__", "constructor"];

    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly Gen<string> PlausibleText = Gen.OneOf(
        "Sistem Antrean Daring", "Dinas Kependudukan dan Pencatatan Sipil", "Layanan perizinan satu pintu.",
        "Warga menunggu berhari-hari.", "PKS 12/2024", "Keputusan Menteri PANRB Nomor 15 Tahun 2023", "Universitas Airlangga",
        "https://surabaya.go.id/inovasi", "Pendampingan pertama.", "x");

    private static readonly Gen<string> OtherContentType = Gen.OneOf(
        "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
        "application/json; charset=utf-16", "application/json; charset=iso-8859-1", "application/problem+json",
        "application/merge-patch+json", "application/*", "*/*", "json", ";;;", "application/json; charset=\"");

    private static readonly Gen<string> WrongMethod = Gen.OneOf("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    private static readonly Gen<string> MalformedJson = Gen.OneOf(
        "", " ", "{", "}", "[", "{\"a\":}", "{\"a\":1,}", "{'a':'b'}", "{a:1}", "{\"a\":1} {}", "{}{}", "// c\n{}", "/* c */{}",
        "{\"a\":NaN}", "{\"a\":Infinity}", "{\"a\":-Infinity}", "{\"a\":\"\\ud800\"}", "{\"a\":\"\\udfff\\ud800\"}", "{\"a\":\"\t\"}",
        "{\"a\":\"\\x41\"}", "{\"a\":01}", "{\"a\":.5}", "{\"a\":1.}", "{\"a\":+1}", "{\"a\":0x10}", "{\"a\":\"b\",\"a\":\"c\"}",
        "\"\\u0000\"", "nul", "tru", "[1,2", "{\"a\":[1,2,]}", "{\"a\":\"unterminated}", "\u00a0{}", "{\"\\u0000\":1}", "{\"\":1}");

    public Gen<FuzzRequest> For(ApiOperation operation)
    {
        var path = Sequence(operation.Parameters.Where(p => p.In == "path").Select(p => PathValue(p, operation.Path).Select(v => (p.Name, v))))
            .Select(values => values.Aggregate(operation.Path, (target, p) => target.Replace("{" + p.Name + "}", p.v, StringComparison.Ordinal)));
        var query = Query(operation);
        var headers = Headers(operation);
        var body = Body(operation);
        var method = Choose((40, Gen.Const(operation.Method)), (1, WrongMethod));

        return Gen.Select(method, path, query, headers, body, (m, p, q, h, b) =>
            new FuzzRequest(operation.ToString(), m, p + q, h, b.ContentType, b.Bytes, b.Shape));
    }

    // ------------------------------------------------------------------ path

    private Gen<string> PathValue(ApiParameter parameter, string path)
    {
        var schema = Resolve(parameter.Schema);
        var pool = known.For(parameter.Name, path);
        var hostile = Type(schema) switch
        {
            "integer" or "number" => Hostile.NumberText,
            _ when Format(schema) == "uuid" => Hostile.GuidText,
            _ => Hostile.Any,
        };
        var escaped = Choose(
            (pool.Count > 0 ? 6 : 0, Pick(pool)),
            (1, Pick(known.AllIds())),
            (5, hostile))
            .Select(v => Uri.EscapeDataString(Utf16(v).Replace("\0", string.Empty, StringComparison.Ordinal)));

        // A NUL in the path never reaches the service: the server refuses it while parsing the request line.
        var raw = Gen.OneOf("..", "../..", "../../swagger/v1/swagger.json", "%2e%2e%2f%2e%2e%2fhealth", "a/b", "%2F", "%ZZ", "%", ";x=1", "~", "*");
        return Choose((12, escaped), (1, raw));
    }

    // ----------------------------------------------------------------- query

    private Gen<string> Query(ApiOperation operation)
    {
        var parameters = operation.Parameters.Where(p => p.In == "query").ToList();
        var values = Sequence(parameters.Select(p => Choose(
            (2, Gen.Const<string?>(() => null)),
            (3, QueryValue(p).Select(v => (string?)$"{p.Name}={Uri.EscapeDataString(Utf16(v))}")))));
        var extra = Choose(
            (8, Gen.Const<string?>(() => null)),
            (1, Hostile.Any.Select(v => (string?)$"unknown={Uri.EscapeDataString(Utf16(v))}")),
            (parameters.Count > 0 ? 1 : 0, Gen.Int[0, Math.Max(0, parameters.Count - 1)].Select(i => (string?)$"{parameters[i].Name}=1&{parameters[i].Name}=2")),
            (1, Gen.OneOf<string?>("&&&", "=", "a", "%zz=1", "pageSize", "cursor=")));
        return Gen.Select(values, extra, (list, more) =>
        {
            var parts = list.Add(more).Where(p => p is not null).ToList();
            return parts.Count == 0 ? string.Empty : "?" + string.Join('&', parts);
        });
    }

    private Gen<string> QueryValue(ApiParameter parameter)
    {
        var schema = Resolve(parameter.Schema);
        var pool = known.For(parameter.Name);
        if (parameter.Name == "cursor")
        {
            return Choose(
                (pool.Count > 0 ? 2 : 0, Pick(pool)),
                (pool.Count > 0 ? 2 : 0, Gen.Select(Pick(pool), Gen.Int[0, 1_000], Gen.Char["aZ09-_=+/!"], MutateCursor)),
                (4, Hostile.CursorText));
        }

        if (schema["enum"] is JsonArray values)
        {
            return Choose((3, Pick(values.Select(v => v!.ToJsonString().Trim('"')).ToList())), (2, Hostile.Any), (1, Hostile.NumberText));
        }

        return Type(schema) switch
        {
            "integer" or "number" => Choose((pool.Count > 0 ? 2 : 0, Pick(pool)), (2, Gen.Int[1, 100].Select(i => i.ToString(CultureInfo.InvariantCulture))), (4, Hostile.NumberText)),
            "boolean" => Hostile.BoolText,
            _ when Format(schema) is "date" or "date-time" => Hostile.DateText,
            _ when Format(schema) == "uuid" => Choose((pool.Count > 0 ? 3 : 0, Pick(pool)), (1, Pick(known.AllIds())), (3, Hostile.GuidText)),
            _ => Choose((pool.Count > 0 ? 3 : 0, Pick(pool)), (1, PlausibleText), (4, Hostile.Any)),
        };
    }

    private static string MutateCursor(string cursor, int position, char character)
    {
        var at = position % (cursor.Length + 1);
        return (position % 3) switch
        {
            0 => cursor[..at],
            1 => cursor[..at] + character + cursor[at..],
            _ => at < cursor.Length ? cursor[..at] + character + cursor[(at + 1)..] : cursor + "==",
        };
    }

    // --------------------------------------------------------------- headers

    private static Gen<ImmutableList<KeyValuePair<string, string>>> Headers(ApiOperation operation)
    {
        var takesIfMatch = operation.Parameters.Any(p => p.Name == "If-Match") || operation.Method is "PUT" or "DELETE";
        var ifMatch = Choose(
            (takesIfMatch ? 2 : 6, Gen.Const<string?>(() => null)),
            (takesIfMatch ? 3 : 1, Hostile.IfMatch.Select(v => (string?)v)));
        var idempotency = Choose(
            (operation.Method == "POST" ? 2 : 8, Gen.Const<string?>(() => null)),
            (operation.Method == "POST" ? 3 : 1, Hostile.IdempotencyKey.Select(v => (string?)v)));
        return Gen.Select(ifMatch, idempotency, (match, key) =>
        {
            var headers = ImmutableList<KeyValuePair<string, string>>.Empty;
            if (match is not null)
            {
                headers = headers.Add(new("If-Match", Hostile.HeaderSafe(match)));
            }

            if (key is not null)
            {
                headers = headers.Add(new(FuzzRequest.IdempotencyHeader, Hostile.HeaderSafe(key)));
            }

            return headers;
        });
    }

    // ------------------------------------------------------------------ body

    private sealed record GeneratedBody(string Shape, string? ContentType, ReadOnlyMemory<byte>? Bytes);

    private Gen<GeneratedBody> Body(ApiOperation operation)
    {
        var schema = operation.BodySchema ?? new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["a"] = new JsonObject { ["type"] = "string" } } };
        var node = Node(schema, "body", 0);
        var members = (Resolve(schema)["properties"] as JsonObject)?.Select(p => p.Key).ToList() is { Count: > 0 } names ? names : ["a"];

        var plausible = Plausible(schema, "body", 0);
        var propertySchemas = (Resolve(schema)["properties"] as JsonObject)?.ToList() ?? [];
        var text = Choose(
            (10, node.Select(n => ("from schema", Serialize(n)))),
            (3, plausible.Select(n => ("well-formed", Serialize(n)))),
            (propertySchemas.Count > 0 ? 6 : 0, Gen.Int[0, Math.Max(0, propertySchemas.Count - 1)].SelectMany(i =>
                Gen.Select(plausible, Node(propertySchemas[i].Value!.AsObject(), propertySchemas[i].Key, 1), (n, bad) =>
                {
                    var target = n as JsonObject ?? [];
                    target[propertySchemas[i].Key] = bad;
                    return ($"well-formed but {propertySchemas[i].Key}", Serialize(target));
                }))),
            (3, Gen.Select(node, Pick(ServerOwned), Scalar, (n, member, value) =>
            {
                var target = n as JsonObject ?? [];
                target[member] = value;
                return ($"server-owned member {member}", Serialize(target));
            })),
            (1, Gen.Const(("empty object", "{}"))),
            (1, Gen.OneOf(("null body", "null"), ("array body", "[]"), ("string body", "\"x\""), ("number body", "1"), ("boolean body", "true"))),
            (2, Gen.Select(node, Gen.Int[0, int.MaxValue], (n, cut) =>
            {
                var full = Serialize(n);
                return ("truncated", full[..(cut % Math.Max(1, full.Length))]);
            })),
            (2, MalformedJson.Select(m => ("malformed", m))),
            (1, Gen.Select(Gen.Int[33, 5_000], Pick(members), Gen.Bool, (depth, member, arrays) =>
                ($"nested {depth} deep", $"{{\"{member}\":{Nest(depth, arrays)}}}"))),
            (1, Gen.Select(Pick(members), Gen.Int[1_048_577, 1_300_000], (member, length) =>
                ($"over 1 MiB", $"{{\"{member}\":\"{new string('x', length)}\"}}"))));

        var bytes = Choose(
            (12, text.Select(t => (t.Item1, (ReadOnlyMemory<byte>)Encoding.UTF8.GetBytes(t.Item2)))),
            (1, Gen.Select(node, Gen.Int[0, int.MaxValue], Gen.OneOf<byte[]>([0xFF], [0xC0, 0xAF], [0x80], [0xED, 0xA0, 0x80], [0x00], [0xEF, 0xBB, 0xBF]), (n, at, bad) =>
            {
                var utf8 = Encoding.UTF8.GetBytes(Serialize(n));
                var position = at % (utf8.Length + 1);
                return ("invalid UTF-8", (ReadOnlyMemory<byte>)utf8[..position].Concat(bad).Concat(utf8[position..]).ToArray());
            })));

        var contentType = Choose((16, Gen.Const<string?>("application/json")), (2, OtherContentType.Select(c => (string?)c)), (1, Gen.Const<string?>(() => null)));
        var sent = Gen.Select(bytes, contentType, (b, type) => new GeneratedBody(b.Item1 + (type == "application/json" ? string.Empty : $", content type {type ?? "none"}"), type, b.Item2));
        return operation.BodySchema is null
            ? Choose((9, Gen.Const(new GeneratedBody("no body", null, null))), (1, sent.Select(b => b with { Shape = "unexpected body: " + b.Shape })))
            : Choose((20, sent), (1, Gen.Const(new GeneratedBody("no body", null, null))));
    }

    /// <summary>A value for a schema: mostly of the right type (plausible or hostile), sometimes null or of a wrong type.</summary>
    private Gen<JsonNode?> Node(JsonObject schema, string name, int depth)
    {
        schema = Resolve(schema);
        var typed = schema["enum"] is JsonArray values
            ? Choose(
                (4, Pick(values.Select(v => v!.ToJsonString()).ToList()).Select(v => JsonNode.Parse(v))),
                (1, Hostile.Any.Select(Text)))
            : Type(schema) switch
            {
                "object" when depth < 4 => Object(schema, depth),
                "array" when depth < 4 => Array(schema, name, depth),
                "string" => String(schema, name),
                "integer" => Choose(
                    (3, Gen.Int[0, 100].Select(i => (JsonNode?)i)),
                    (known.For(name).Count > 0 ? 2 : 0, Pick(known.For(name)).Select(v => int.TryParse(v, CultureInfo.InvariantCulture, out var i) ? (JsonNode?)i : Text(v))),
                    (3, Hostile.NumberToken.Select(t => JsonNode.Parse(t)))),
                "number" => Choose(
                    (3, Gen.Double[0, 1].Select(d => (JsonNode?)d)),
                    (3, Hostile.NumberToken.Select(t => JsonNode.Parse(t)))),
                "boolean" => Gen.Bool.Select(b => (JsonNode?)b),
                _ => Scalar,
            };
        var nullable = schema["nullable"]?.GetValue<bool>() == true;
        return Choose((20, typed), (nullable ? 4 : 1, Gen.Const<JsonNode?>(() => null)), (2, WrongType));
    }

    /// <summary>A value a careful caller would send: every member present, of its type, from known or plausible values.</summary>
    private Gen<JsonNode?> Plausible(JsonObject schema, string name, int depth)
    {
        schema = Resolve(schema);
        if (schema["enum"] is JsonArray values)
        {
            return Pick(values.Select(v => v!.ToJsonString()).ToList()).Select(v => JsonNode.Parse(v));
        }

        var pool = known.For(name);
        var value = Type(schema) switch
        {
            "object" when depth < 4 => Sequence(((schema["properties"] as JsonObject)?.ToList() ?? [])
                    .Select(p => Plausible(p.Value!.AsObject(), p.Key, depth + 1).Select(v => (p.Key, Value: v))))
                .Select(members => (JsonNode?)new JsonObject(members.Select(m => new KeyValuePair<string, JsonNode?>(m.Key, m.Value)))),
            "array" when depth < 4 => Plausible(schema["items"] as JsonObject ?? [], name, depth + 1).List[0, 3].Select(list => (JsonNode?)new JsonArray([.. list])),
            "integer" => Choose((pool.Count > 0 ? 3 : 0, Pick(pool).Select(v => (JsonNode?)int.Parse(v, CultureInfo.InvariantCulture))), (1, Gen.Int[0, 100].Select(i => (JsonNode?)i))),
            "number" => Gen.Double[0, 1].Select(d => (JsonNode?)d),
            "boolean" => Gen.Bool.Select(b => (JsonNode?)b),
            "string" => Format(schema) switch
            {
                "uuid" => Choose((pool.Count > 0 ? 4 : 0, Pick(pool)), (1, Pick(known.AllIds()))).Select(Text),
                "date" => Gen.Int[-3_000, 300].Select(d => Text(new DateOnly(2024, 1, 1).AddDays(d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
                _ => (pool.Count > 0 ? Pick(pool) : PlausibleText).Select(Text),
            },
            _ => Gen.Const<JsonNode?>(() => null),
        };

        // Optional members are often left empty, as most callers do.
        return schema["nullable"]?.GetValue<bool>() == true ? Choose((1, value), (1, Gen.Const<JsonNode?>(() => null))) : value;
    }

    private Gen<JsonNode?> Object(JsonObject schema, int depth)
    {
        var properties = (schema["properties"] as JsonObject)?.ToList() ?? [];
        var members = Sequence(properties.Select(p => Choose(
            (8, Node(p.Value!.AsObject(), p.Key, depth + 1).Select(v => (p.Key, Value: v, Present: true))),
            (1, Gen.Const((p.Key, Value: (JsonNode?)null, Present: false))))));
        return members.Select(list =>
        {
            var json = new JsonObject();
            foreach (var (key, value, present) in list.Where(m => m.Present))
            {
                json[key] = value;
            }

            return (JsonNode?)json;
        });
    }

    private Gen<JsonNode?> Array(JsonObject schema, string name, int depth)
    {
        var items = Node(schema["items"] as JsonObject ?? [], name, depth + 1);
        return Choose(
            (6, items.List[0, 4]),
            (1, items.List[11, 300]))
            .Select(list => (JsonNode?)new JsonArray([.. list]));
    }

    private Gen<JsonNode?> String(JsonObject schema, string name)
    {
        var pool = known.For(name);
        var plausible = Format(schema) switch
        {
            "uuid" => Choose((pool.Count > 0 ? 4 : 0, Pick(pool)), (1, Pick(known.AllIds())), (1, Gen.Guid.Select(g => g.ToString()))),
            "date" => Choose((3, Gen.Int[-4_000, 400].Select(d => new DateOnly(2024, 1, 1).AddDays(d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))), (1, Hostile.DateText)),
            "date-time" => Gen.DateTimeOffset.Select(d => d.ToString("O", CultureInfo.InvariantCulture)),
            _ => pool.Count > 0 ? Pick(pool) : PlausibleText,
        };
        var hostile = Format(schema) switch
        {
            "uuid" => Hostile.GuidText,
            "date" => Hostile.DateText,
            _ => Hostile.Any,
        };
        return Choose((3, plausible), (2, hostile)).Select(Text);
    }

    private static readonly Gen<JsonNode?> Scalar = Choose(
        (3, Hostile.Any.Select(Text)),
        (2, Hostile.NumberToken.Select(t => JsonNode.Parse(t))),
        (1, Gen.Bool.Select(b => (JsonNode?)b)),
        (1, Gen.Const<JsonNode?>(() => null)));

    private static readonly Gen<JsonNode?> WrongType = Choose(
        (4, Scalar),
        (1, Gen.Const<JsonNode?>(() => new JsonArray(1, "a", null, true))),
        (1, Gen.Const<JsonNode?>(() => new JsonObject { ["a"] = 1, ["$ref"] = "#/x" })),
        (1, Gen.Const<JsonNode?>(() => new JsonArray())),
        (1, Gen.Const<JsonNode?>(() => new JsonObject())));

    // --------------------------------------------------------------- helpers

    private static JsonNode? Text(string value) => JsonValue.Create(Utf16(value));

    /// <summary>Lone surrogates become U+FFFD: text must be valid UTF-16 to be encoded at all (malformed escapes come from <see cref="MalformedJson"/>).</summary>
    private static string Utf16(string value) => Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(value));

    private static string Serialize(JsonNode? node) => node?.ToJsonString(Relaxed) ?? "null";

    private static string Nest(int depth, bool arrays) =>
        arrays ? new string('[', depth) + new string(']', depth) : string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth);

    private JsonObject Resolve(JsonObject schema) => ApiOperation.Resolve(document, schema);

    private static string? Type(JsonObject schema) => schema["type"]?.GetValue<string>();

    private static string? Format(JsonObject schema) => schema["format"]?.GetValue<string>();

    /// <summary>One of the values; an empty list gives a generator that <see cref="Choose{T}"/> drops (weight 0).</summary>
    private static Gen<T> Pick<T>(IReadOnlyList<T> values) =>
        values.Count == 0 ? Gen.Const(default(T)!) : Gen.Int[0, values.Count - 1].Select(i => values[i]);

    /// <summary><see cref="Gen.Frequency{T}(ValueTuple{int, IGen{T}}[])"/> without the options of weight 0.</summary>
    private static Gen<T> Choose<T>(params (int Weight, Gen<T> Generator)[] options) =>
        Gen.Frequency(options.Where(o => o.Weight > 0).Select(o => (o.Weight, (IGen<T>)o.Generator)).ToArray());

    /// <summary>One generator of a list from a list of generators, in order.</summary>
    private static Gen<ImmutableList<T>> Sequence<T>(IEnumerable<Gen<T>> generators) =>
        generators.Aggregate(Gen.Const(ImmutableList<T>.Empty), (list, next) => Gen.Select(list, next, (l, item) => l.Add(item)));
}
