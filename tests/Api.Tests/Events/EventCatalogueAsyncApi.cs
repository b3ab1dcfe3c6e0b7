using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using System.Xml.XPath;
using Jipp.Api.OpenApi;
using Jipp.Application.Events.Catalogue;
using Jipp.Application.Events.ListEvents;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Jipp.Api.Tests.Events;

/// <summary>
/// Builds docs/asyncapi.yaml, the AsyncAPI 3.0 document of the event feed, from <see cref="IntegrationEventCatalogue.All"/>:
/// one message per type, whose payload is the whole feed item and whose <c>data</c> is the type's payload schema. The
/// schemas are exported by System.Text.Json from the records themselves, with the options the items are written with
/// (the outbox's web defaults for <c>data</c>), and described with the records' XML comments, as in the OpenAPI document.
/// </summary>
public static partial class EventCatalogueAsyncApi
{
    public const string ChannelName = "events";
    public const string OperationName = "receiveEvents";
    public const string FeedAddress = "/api/v1/events";

    private const string Header = """
        # The event catalogue of the JIPP Hub API as an AsyncAPI 3.0 document. Generated from
        # IntegrationEventCatalogue by tests/Api.Tests/Events/EventCatalogueAsyncApi.cs: do not edit by hand. A test fails
        # when it differs from the catalogue; to rewrite it, run
        #   JIPP_UPDATE_ASYNCAPI=1 ./scripts/test.sh --filter "FullyQualifiedName~EventCatalogue"

        """;

    private static readonly JsonSerializerOptions Payload = SchemaOptions();

    /// <summary>Whether the feed's items carry the payload version (<c>version</c>).</summary>
    public static bool ItemsHaveVersion => typeof(EventDto).GetProperty("Version") is not null;

    /// <summary>The document, as JSON.</summary>
    public static JsonObject Build()
    {
        var docs = XmlDocs.Load(typeof(IntegrationEventCatalogue).Assembly);
        var schemas = new JsonObject();
        var messages = new JsonObject();
        var channelMessages = new JsonObject();
        var operationMessages = new JsonArray();
        foreach (var type in IntegrationEventCatalogue.All)
        {
            var dataId = DataSchemaId(type);
            schemas[dataId] = DataSchema(type, docs);
            schemas[EventCatalogueDocumentFilter.ItemSchemaId(type)] = ItemSchema(type, dataId, docs);
            messages[type.Name] = new JsonObject
            {
                ["name"] = type.Name,
                ["title"] = Title(type),
                ["summary"] = type.Description,
                ["contentType"] = "application/json",
                ["payload"] = Ref($"#/components/schemas/{EventCatalogueDocumentFilter.ItemSchemaId(type)}"),
                ["examples"] = new JsonArray(new JsonObject
                {
                    ["name"] = type.Name,
                    ["payload"] = EventCatalogueDocumentFilter.ExampleItem(type, ItemsHaveVersion),
                }),
                ["x-payload-version"] = type.Version,
            };
            channelMessages[type.Name] = Ref($"#/components/messages/{type.Name}");
            operationMessages.Add(Ref($"#/channels/{ChannelName}/messages/{type.Name}"));
        }

        return new JsonObject
        {
            ["asyncapi"] = "3.0.0",
            ["info"] = new JsonObject
            {
                ["title"] = "JIPP Hub API event feed",
                ["version"] = "v1",
                ["description"] = """
                    The event feed of the JIPP Hub API, for other government systems: every change they need (an
                    innovation published, a candidacy assessed, a hub designated, a replication completed, ...), in the
                    order it was committed. Each message is one type of the feed; its payload is the whole feed item
                    (`sequence`, `id`, `type`, `version`, `occurredAt`, `subject`, `data`), whose `data` is that type's payload.

                    **Reading**: pull with `GET /api/v1/events?after={sequence}&limit={1-1000}` with an API key of the
                    `ministry` or `reader` role in `X-Api-Key`, then poll again with `after` set to the answer's
                    `nextAfter`. Webhooks will push the same messages.

                    **Guarantees**: every committed event appears exactly once; positions (`sequence`) only grow, so an
                    event never appears later below a sequence you have seen; the events of one resource (`subject`) are
                    in the order of its changes.

                    **Versions**: each type's payload has a version (`x-payload-version` of its message). A payload may
                    gain fields within its version; removing or changing a field makes a new version. Types are added
                    over time: skip a `type` you do not know.

                    `data` holds ids, codes and states, never personal data. The OpenAPI document
                    (`docs/openapi/v1.json`) describes the same items, as the `oneOf` of `GET /api/v1/events`.
                    """,
            },
            ["defaultContentType"] = "application/json",
            ["channels"] = new JsonObject
            {
                [ChannelName] = new JsonObject
                {
                    ["address"] = FeedAddress,
                    ["title"] = "The event feed",
                    ["description"] = "Read with `GET /api/v1/events?after=&limit=` (pull); webhooks will push the same messages to a subscriber's URL.",
                    ["messages"] = channelMessages,
                },
            },
            ["operations"] = new JsonObject
            {
                [OperationName] = new JsonObject
                {
                    ["action"] = "receive",
                    ["channel"] = Ref($"#/channels/{ChannelName}"),
                    ["title"] = "Read the event feed",
                    ["summary"] = "Poll `GET /api/v1/events` with `after` set to the `nextAfter` of the previous answer (0 at first).",
                    ["bindings"] = new JsonObject
                    {
                        ["http"] = new JsonObject
                        {
                            ["method"] = "GET",
                            ["query"] = new JsonObject
                            {
                                ["type"] = "object",
                                ["properties"] = new JsonObject
                                {
                                    ["after"] = new JsonObject { ["type"] = "integer", ["minimum"] = 0, ["description"] = "Return events with a sequence above this (default 0: from the start)." },
                                    ["limit"] = new JsonObject { ["type"] = "integer", ["minimum"] = 1, ["maximum"] = 1000, ["description"] = "At most this many events (default 100)." },
                                },
                            },
                            ["bindingVersion"] = "0.3.0",
                        },
                    },
                    ["messages"] = operationMessages,
                },
            },
            ["components"] = new JsonObject
            {
                ["messages"] = messages,
                ["schemas"] = schemas,
            },
        };
    }

    /// <summary>The document as committed: YAML, with a header.</summary>
    public static string ToYaml(JsonNode document)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        writer.Write(Header);
        var emitter = new Emitter(writer, 2, int.MaxValue);
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart());
        Emit(emitter, document);
        emitter.Emit(new DocumentEnd(true));
        emitter.Emit(new StreamEnd());
        return writer.ToString().ReplaceLineEndings("\n");
    }

    /// <summary>Reads YAML back as JSON (the core schema: plain scalars may be null, booleans or numbers).</summary>
    public static JsonNode? FromYaml(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return ToJson(Assert.Single(stream.Documents).RootNode);
    }

    public static string DataSchemaId(IntegrationEventType type) => type.DataType.Name;

    /// <summary>The JSON names of a payload record's fields, as the outbox writes them.</summary>
    public static IReadOnlyList<string> FieldNames(Type dataType) => [.. Payload.GetTypeInfo(dataType).Properties.Select(p => p.Name)];

    private static JsonObject DataSchema(IntegrationEventType type, XmlDocs docs)
    {
        var schema = Export(type.DataType, docs);

        // A field added within a version is absent from the events written before it: none is promised.
        schema.Remove("required");
        schema["description"] = $"The `data` of `{type.Name}` events, payload version {type.Version}: {type.Description}";
        return schema;
    }

    private static JsonObject ItemSchema(IntegrationEventType type, string dataId, XmlDocs docs)
    {
        var schema = Export(typeof(EventDto), docs);
        var properties = schema["properties"]!.AsObject();
        properties["type"] = new JsonObject { ["type"] = "string", ["const"] = type.Name, ["description"] = $"`{type.Name}`." };
        properties["data"] = Ref($"#/components/schemas/{dataId}");
        properties["subject"]!["properties"]!["type"] = new JsonObject { ["type"] = "string", ["const"] = type.SubjectType, ["description"] = "What kind of resource the event is about." };
        properties["subject"]!["required"] = new JsonArray("type", "id");
        if (properties["version"] is JsonObject version)
        {
            version["const"] = type.Version;
        }

        // Every field of an item is always there.
        schema["required"] = new JsonArray([.. properties.Select(p => (JsonNode)p.Key)]);
        schema["description"] = $"`{type.Name}` (payload version {type.Version}): {type.Description}";
        return schema;
    }

    private static JsonObject Export(Type type, XmlDocs docs)
    {
        var exporter = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, node) =>
            {
                if (context.PropertyInfo is { AttributeProvider: MemberInfo member } property && node is JsonObject schema
                    && docs.Summary(property.DeclaringType, member.Name) is { } description)
                {
                    schema["description"] = description;
                }

                return node;
            },
        };
        return JsonSchemaExporter.GetJsonSchemaAsNode(Payload, type, exporter).AsObject();
    }

    private static JsonSerializerOptions SchemaOptions()
    {
        // The outbox writes payloads with the web defaults; the API writes items camelCase with enums as camelCase strings.
        // (Web defaults read numbers from strings too; they write them as numbers, which is what the schemas describe.)
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { RespectNullableAnnotations = true, NumberHandling = JsonNumberHandling.Strict };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    private static JsonObject Ref(string pointer) => new() { ["$ref"] = pointer };

    /// <summary><c>innovation.stateChanged</c> is "Innovation state changed".</summary>
    private static string Title(IntegrationEventType type)
    {
        var words = string.Join(' ', type.Name.Split('.').Select(part => CamelHump().Replace(part, " $1").ToLowerInvariant()));
        return char.ToUpperInvariant(words[0]) + words[1..];
    }

    [GeneratedRegex("([A-Z])")]
    private static partial Regex CamelHump();

    // --------------------------------------------------------------------------------------------- YAML

    private static void Emit(IEmitter emitter, JsonNode? node)
    {
        switch (node)
        {
            case JsonObject map:
                emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, true, MappingStyle.Block));
                foreach (var (key, value) in map)
                {
                    EmitString(emitter, key);
                    Emit(emitter, value);
                }

                emitter.Emit(new MappingEnd());
                break;
            case JsonArray list:
                emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, true, SequenceStyle.Block));
                foreach (var item in list)
                {
                    Emit(emitter, item);
                }

                emitter.Emit(new SequenceEnd());
                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                EmitString(emitter, value.GetValue<string>());
                break;
            default:
                // null, true, false and numbers: their JSON text is their plain YAML scalar.
                emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, node?.ToJsonString() ?? "null", ScalarStyle.Plain, true, false));
                break;
        }
    }

    private static void EmitString(IEmitter emitter, string text)
    {
        var style = text.Contains('\n', StringComparison.Ordinal) ? ScalarStyle.Literal
            : SafePlain().IsMatch(text) && !Reserved.Contains(text) ? ScalarStyle.Plain
            : ScalarStyle.DoubleQuoted;
        emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, text, style, style == ScalarStyle.Plain, style != ScalarStyle.Plain));
    }

    /// <summary>Plain scalars that YAML 1.1 or 1.2 readers would take for something else than a string.</summary>
    private static readonly HashSet<string> Reserved = new(["y", "n", "yes", "no", "on", "off", "true", "false", "null"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Text that reads as itself unquoted: no indicator first, no number, date, comment or key inside.</summary>
    [GeneratedRegex(@"^[A-Za-z$][A-Za-z0-9 ._/(),'-]*(?<! )$")]
    private static partial Regex SafePlain();

    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value!, ToJson(c.Value)))),
        YamlSequenceNode list => new JsonArray([.. list.Children.Select(ToJson)]),
        YamlScalarNode { Style: ScalarStyle.Plain, Value: var plain } => Plain(plain ?? string.Empty),
        YamlScalarNode scalar => JsonValue.Create(scalar.Value),
        _ => throw new InvalidOperationException($"Unexpected YAML node {node.NodeType}."),
    };

    private static JsonValue? Plain(string text) => text switch
    {
        "null" or "~" or "" => null,
        "true" => JsonValue.Create(true),
        "false" => JsonValue.Create(false),
        _ when long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole) => JsonValue.Create(whole),
        _ when decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var fraction) => JsonValue.Create(fraction),
        _ => JsonValue.Create(text),
    };

    /// <summary>The XML documentation of an assembly, as the compiler writes it beside the assembly.</summary>
    private sealed class XmlDocs(XDocument? document)
    {
        public static XmlDocs Load(Assembly assembly)
        {
            var path = Path.ChangeExtension(assembly.Location, ".xml");
            return new XmlDocs(File.Exists(path) ? XDocument.Load(path) : null);
        }

        /// <summary>The summary of a property (for a record's positional parameter, its param text), on one line.</summary>
        public string? Summary(Type type, string property)
        {
            var member = document?.XPathSelectElement($"/doc/members/member[@name='P:{type.FullName}.{property}']/summary");
            if (member is null)
            {
                return null;
            }

            var text = new StringBuilder();
            foreach (var part in member.Nodes())
            {
                text.Append(part switch
                {
                    XElement { Name.LocalName: "c" } code => $"`{code.Value}`",
                    XElement element => element.Value,
                    XText plain => plain.Value,
                    _ => string.Empty,
                });
            }

            return Whitespace().Replace(text.ToString(), " ").Trim();
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
