using System.Text.Json;
using System.Text.Json.Nodes;
using Jipp.Application.Events.Catalogue;
using Jipp.Application.Events.ListEvents;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Jipp.Api.OpenApi;

/// <summary>
/// Publishes the event catalogue (<see cref="IntegrationEventCatalogue.All"/>) in the OpenAPI document: a schema per
/// payload record, generated like every other schema, and a schema per event type (the feed item with its
/// <c>type</c> fixed and its <c>data</c> typed); the items of <c>GET /events</c> become a <c>oneOf</c> of them,
/// discriminated by <c>type</c>, beside <c>OtherEvent</c> for a type added later. The generic <c>Event</c> schema stays,
/// for readers that ignore the types.
/// </summary>
public sealed class EventCatalogueDocumentFilter : IDocumentFilter
{
    /// <summary>The discriminator of the feed's items.</summary>
    public const string TypeProperty = "type";

    /// <summary>The payloads as the outbox writes them (the unit of work's options).</summary>
    private static readonly JsonSerializerOptions Payload = new(JsonSerializerDefaults.Web);

    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        var schemas = context.SchemaRepository.Schemas;
        if (!schemas.TryGetValue(SwaggerSetup.SchemaId(typeof(EventDto)), out var generic) || generic is not OpenApiSchema item
            || !schemas.TryGetValue(SwaggerSetup.SchemaId(typeof(EventPage)), out var pageSchema) || pageSchema.Properties?["items"] is not OpenApiSchema items)
        {
            // The feed is not in this document.
            return;
        }

        var withVersion = item.Properties?.ContainsKey("version") == true;
        schemas[OtherEventSchemaId] = OtherEvent(item);

        // The catch-all comes first: generators that read a oneOf as its first member (NSwag) then type the items
        // as any event, and their clients keep reading the feed whatever its types.
        var oneOf = new List<IOpenApiSchema> { new OpenApiSchemaReference(OtherEventSchemaId, swaggerDoc) };
        var mapping = new Dictionary<string, OpenApiSchemaReference>(StringComparer.Ordinal);
        foreach (var type in IntegrationEventCatalogue.All)
        {
            var data = context.SchemaGenerator.GenerateSchema(type.DataType, context.SchemaRepository);
            if (schemas[SwaggerSetup.SchemaId(type.DataType)] is OpenApiSchema payload)
            {
                // A payload may gain fields within its version: a reader must not refuse one it does not know.
                payload.AdditionalPropertiesAllowed = true;
                payload.Description = $"The `data` of `{type.Name}` events, payload version {type.Version}: {type.Description}";
                payload.Example = JsonSerializer.SerializeToNode(type.Example, type.DataType, Payload);
            }

            var id = ItemSchemaId(type);
            schemas[id] = ItemSchema(item, type, data, withVersion);
            var reference = new OpenApiSchemaReference(id, swaggerDoc);
            oneOf.Add(reference);
            mapping[type.Name] = reference;
        }

        items.Items = new OpenApiSchema
        {
            OneOf = oneOf,
            Discriminator = new OpenApiDiscriminator { PropertyName = TypeProperty, Mapping = mapping },
        };
    }

    /// <summary>The schema of an event whose type this document does not list yet.</summary>
    public const string OtherEventSchemaId = "OtherEvent";

    /// <summary>The name of a type's item schema: <c>innovation.stateChanged</c> is <c>InnovationStateChangedEvent</c>.</summary>
    public static string ItemSchemaId(IntegrationEventType type) =>
        string.Concat(type.Name.Split('.').Select(part => char.ToUpperInvariant(part[0]) + part[1..]))
        + "Event"
        + (type.Version > 1 ? $"V{type.Version}" : string.Empty);

    /// <summary>
    /// A whole feed item of the type, as <c>GET /events</c> returns it, built from the type's example payload. The
    /// subject is the payload's first field (a test holds every mapping of the catalogue to that).
    /// </summary>
    public static JsonObject ExampleItem(IntegrationEventType type, bool withVersion)
    {
        var data = JsonSerializer.SerializeToNode(type.Example, type.DataType, Payload)!.AsObject();
        var subjectId = data.First().Value!.ToString();
        // In the order of the item's fields (EventDto): sequence, id, type, version, occurredAt, subject, data.
        var item = new JsonObject
        {
            ["sequence"] = 1042,
            ["id"] = "0192f3a5-1c2d-7e3f-8a4b-5c6d7e8f9a0b",
            ["type"] = type.Name,
        };
        if (withVersion)
        {
            item["version"] = type.Version;
        }

        item["occurredAt"] = "2026-11-30T09:15:00Z";
        item["subject"] = new JsonObject { ["type"] = type.SubjectType, ["id"] = subjectId };
        item["data"] = data;
        return item;
    }

    /// <summary>
    /// An event of a type added after this document was written: the feed gains types over time, and a reader must be
    /// able to skip one it does not know. Its <c>type</c> is none of the listed ones, so the <c>oneOf</c> stays exclusive.
    /// </summary>
    private static OpenApiSchema OtherEvent(OpenApiSchema generic)
    {
        var properties = new Dictionary<string, IOpenApiSchema>(generic.Properties!, StringComparer.Ordinal)
        {
            [TypeProperty] = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Not = new OpenApiSchema { Enum = [.. IntegrationEventCatalogue.All.Select(t => (JsonNode)JsonValue.Create(t.Name))] },
                Description = "A type that this version of the document does not list.",
            },
        };
        return new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "An event of a type added to the feed after this document: types are added over time (see the catalogue), so skip, or store, what you do not know.",
            Properties = properties,
            Required = Always(generic),
            AdditionalPropertiesAllowed = generic.AdditionalPropertiesAllowed,
        };
    }

    /// <summary>Every field of a feed item is always there (<c>type</c> too, which the discriminator needs).</summary>
    private static SortedSet<string> Always(OpenApiSchema generic) => new(generic.Properties!.Keys, StringComparer.Ordinal);

    private static OpenApiSchema ItemSchema(OpenApiSchema generic, IntegrationEventType type, IOpenApiSchema data, bool withVersion)
    {
        // The generic item's fields, whatever EventDto has, with `type` and `data` made specific.
        var properties = new Dictionary<string, IOpenApiSchema>(generic.Properties!, StringComparer.Ordinal)
        {
            [TypeProperty] = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Enum = [JsonValue.Create(type.Name)],
                Description = $"`{type.Name}`.",
            },
            ["data"] = new OpenApiSchema
            {
                AllOf = [data],
                Description = $"The payload, version {type.Version}; fields may be added within a version.",
            },
        };
        if (properties.TryGetValue("subject", out var subject) && subject is OpenApiSchema { AllOf.Count: > 0 } subjectSchema)
        {
            properties["subject"] = new OpenApiSchema
            {
                AllOf = subjectSchema.AllOf,
                Description = $"The resource it is about: `subject.type` is `{type.SubjectType}`.",
            };
        }

        return new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = $"`{type.Name}` (payload version {type.Version}): {type.Description}",
            Properties = properties,
            Required = Always(generic),
            AdditionalPropertiesAllowed = generic.AdditionalPropertiesAllowed,
            Example = ExampleItem(type, withVersion),
        };
    }
}
