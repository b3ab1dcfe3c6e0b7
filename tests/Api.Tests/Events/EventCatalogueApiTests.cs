using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Jipp.Api.OpenApi;
using Jipp.Api.Tests.Infrastructure;
using Jipp.Application.Events.Catalogue;

namespace Jipp.Api.Tests.Events;

/// <summary>
/// The catalogue as the service publishes it: the OpenAPI document types the items of <c>GET /events</c> as a
/// <c>oneOf</c> of the catalogue's types, and the events that real workflows write are of those types, with exactly
/// the fields of their payload schemas, of the kinds those schemas say.
/// </summary>
public sealed class EventCatalogueApiTests(ApiFactory factory) : ReplicationTest(factory)
{
    [Fact]
    public async Task The_feed_items_of_the_openapi_document_are_a_oneOf_of_the_catalogue_types_with_their_payload_schemas()
    {
        var document = await OpenApiAsync();
        var schemas = document["components"]!["schemas"]!;
        var page = EventCatalogueTests.Resolve(document, (string)document["paths"]!["/api/v1/events"]!["get"]!["responses"]!["200"]!["content"]!["application/json"]!["schema"]!["$ref"]!);
        var items = page["properties"]!["items"]!["items"]!;
        var names = IntegrationEventCatalogue.All.Select(t => t.Name).ToList();

        Assert.Equal("type", (string?)items["discriminator"]!["propertyName"]);
        var mapping = items["discriminator"]!["mapping"]!.AsObject();
        Assert.Equal(names, mapping.Select(m => m.Key));
        Assert.Equal(
            [$"#/components/schemas/{EventCatalogueDocumentFilter.OtherEventSchemaId}", .. mapping.Select(m => (string)m.Value!)],
            items["oneOf"]!.AsArray().Select(o => (string)o!["$ref"]!));
        Assert.Equal(names, schemas[EventCatalogueDocumentFilter.OtherEventSchemaId]!["properties"]!["type"]!["not"]!["enum"]!.AsArray().Select(n => (string)n!));

        var generic = schemas["Event"]!["properties"]!.AsObject().Select(p => p.Key).ToList();
        foreach (var type in IntegrationEventCatalogue.All)
        {
            var item = EventCatalogueTests.Resolve(document, (string)mapping[type.Name]!);
            Assert.Equal(generic, item["properties"]!.AsObject().Select(p => p.Key));
            Assert.Equal([type.Name], item["properties"]!["type"]!["enum"]!.AsArray().Select(n => (string)n!));
            Assert.Contains("type", item["required"]!.AsArray().Select(n => (string)n!));

            var data = PayloadSchema(document, type);
            Assert.Equal(EventCatalogueAsyncApi.FieldNames(type.DataType), data["properties"]!.AsObject().Select(p => p.Key));
            Assert.All(data["properties"]!.AsObject(), p => Assert.False(string.IsNullOrWhiteSpace((string?)p.Value!["description"]), $"{type.Name}: {p.Key} has no description"));

            var example = item["example"]!;
            Assert.Equal(type.Name, (string?)example["type"]);
            Assert.Equal(type.SubjectType, (string?)example["subject"]!["type"]);
            Assert.Equal(generic, example.AsObject().Select(p => p.Key));
            Assert.Empty(Mismatches(data, example["data"]!.AsObject()));
        }
    }

    [Fact]
    public async Task Real_workflows_write_events_of_catalogue_types_with_exactly_the_fields_of_their_payload_schemas()
    {
        // A webhook subscription whose receiver cannot be called (localhost is refused): its delivery fails and it
        // pauses itself (the test configuration retries for a second and pauses after one failure).
        var reader = await ClientWithRoleAsync("reader");
        await Expect.StatusAsync(await reader.PostAsJsonAsync($"{V1}/webhook-subscriptions", new { url = "https://localhost:9/hook", eventTypes = new[] { "agency.registered" } }, Json), HttpStatusCode.Created);

        // The setup published an innovation. Innovations: revised while returned, archived.
        var returned = await InStateAsync("returned");
        await Expect.StatusAsync(await Owner.PutAsJsonAsync($"{Innovations}/{returned}", Body(title: "Perizinan Online Terpadu 2"), Json), HttpStatusCode.OK);
        await ActAsync(Owner, returned, "archival");

        // A replication, mentored and completed (the adaptation is registered, the original counts one more).
        await RequestInStateAsync("completed");

        // A hub's partners and activities; an agency; a cohort's thresholds.
        var hub = $"{V1}/hubs/{JatimHubId}";
        var partner = await Ministry.PostAsJsonAsync($"{hub}/partners", new { name = "Universitas Brawijaya", type = "university" }, Json);
        await Expect.StatusAsync(partner, HttpStatusCode.Created);
        var partnerId = (await partner.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetGuid();
        await Expect.StatusAsync(await JatimHub.DeleteAsync($"{hub}/partners/{partnerId}"), HttpStatusCode.NoContent);
        await Expect.StatusAsync(await JatimHub.PostAsJsonAsync($"{hub}/activities", new { type = "mentoring", title = "Pendampingan Inovasi Desa", heldOn = "2024-05-02", agencyIds = new[] { SurabayaId }, innovationIds = new[] { InnovationId } }, Json), HttpStatusCode.Created);
        await Expect.StatusAsync(await Ministry.PostAsJsonAsync($"{V1}/agencies", new { name = "Universitas Airlangga", type = "university", regencyCode = "35.78" }, Json), HttpStatusCode.Created);
        await Expect.StatusAsync(await Ministry.PutAsJsonAsync($"{V1}/cohorts/2023/policy", new { minScore = 70, minPublishedInnovations = 0, minRegencyCoverage = 0m, minPartners = 1 }, Json), HttpStatusCode.OK);

        // Jambi's seeded candidacy, from invited to a designated hub (its province's innovations come under it).
        await DesignateJambiAsync();

        var document = await OpenApiAsync();
        var feed = await FeedAsync();
        for (var waited = 0; !feed.Any(e => (string?)e["type"] == "webhookSubscription.paused") && waited < 200; waited++)
        {
            await Task.Delay(100);
            feed = await FeedAsync();
        }

        var byName = IntegrationEventCatalogue.All.ToDictionary(t => t.Name);

        Assert.All(feed, item =>
        {
            var name = (string)item["type"]!;
            Assert.True(byName.TryGetValue(name, out var type), $"{name} is not in the event catalogue");
            Assert.Equal(type!.SubjectType, (string?)item["subject"]!["type"]);
            var data = item["data"]!.AsObject();
            var schema = PayloadSchema(document, type);
            Assert.Equal(schema["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal), data.Select(p => p.Key).Order(StringComparer.Ordinal));
            var mismatches = Mismatches(schema, data);
            Assert.True(mismatches.Count == 0, $"{name} #{item["sequence"]}: {string.Join("; ", mismatches)}");
        });
        var missing = byName.Keys.Except(feed.Select(e => (string)e["type"]!)).ToList();
        Assert.True(missing.Count == 0, $"The workflows of this test wrote no {string.Join(", ", missing)}: drive one that does, so that every type is checked against its schema.");
    }

    private async Task DesignateJambiAsync()
    {
        var candidacies = await Ministry.GetFromJsonAsync<JsonElement>($"{V1}/hub-candidacies?cohortYear=2023&pageSize=100", Json);
        var jambi = candidacies.GetProperty("items").EnumerateArray().Single(c => c.GetProperty("provinceCode").GetString() == "15");
        var id = jambi.GetProperty("id").GetGuid();
        var candidate = await ClientWithRoleAsync("agency", agencyId: jambi.GetProperty("agencyId").GetGuid());
        await Expect.StatusAsync(await candidate.PostAsJsonAsync($"{V1}/hub-candidacies/{id}/willingness", new { willing = true }, Json), HttpStatusCode.OK);
        await Expect.StatusAsync(await candidate.PostAsJsonAsync($"{V1}/hub-candidacies/{id}/commitment", new { signedOn = "2023-03-01", documentRef = "KB 5/2023" }, Json), HttpStatusCode.OK);
        var readiness = new
        {
            leadershipCommitment = new { regulationRef = "Pergub Jambi 12/2023" },
            leadingSectors = new[] { "health" },
            bureaucracyLiaison = new { name = "Kepala Biro Organisasi", position = "Kepala Biro" },
            partners = new[] { new { name = "Universitas Jambi", type = "university", supportStatementRef = "UNJA/1" } },
        };
        await Expect.StatusAsync(await candidate.PostAsJsonAsync($"{V1}/hub-candidacies/{id}/readiness", readiness, Json), HttpStatusCode.OK);
        await Expect.StatusAsync(await Ministry.PostAsJsonAsync($"{V1}/hub-candidacies/{id}/assessment", new { scores = new { commitment = 80, innovationPotential = 80, stakeholderSupport = 80 } }, Json), HttpStatusCode.OK);
        await Expect.StatusAsync(await Ministry.PostAsJsonAsync($"{V1}/hub-candidacies/{id}/designation", new { decreeNumber = "KepmenPANRB 250/2023", designatedOn = "2023-08-17" }, Json), HttpStatusCode.OK);
    }

    /// <summary>The whole feed, read as the ministry.</summary>
    private async Task<List<JsonNode>> FeedAsync()
    {
        var all = new List<JsonNode>();
        long after = 0;
        while (true)
        {
            var page = JsonNode.Parse(await Ministry.GetStringAsync($"{V1}/events?after={after}&limit=1000"))!;
            var items = page["items"]!.AsArray().Select(i => i!).ToList();
            all.AddRange(items);
            if (items.Count == 0)
            {
                return all;
            }

            after = (long)page["nextAfter"]!;
        }
    }

    private async Task<JsonNode> OpenApiAsync() => JsonNode.Parse(await Anonymous.GetStringAsync("/swagger/v1/swagger.json"))!;

    /// <summary>The payload schema of a type, through the <c>data</c> property of its item schema.</summary>
    private static JsonNode PayloadSchema(JsonNode document, IntegrationEventType type)
    {
        var item = EventCatalogueTests.Resolve(document, $"#/components/schemas/{EventCatalogueDocumentFilter.ItemSchemaId(type)}");
        var data = item["properties"]!["data"]!;
        return EventCatalogueTests.Resolve(document, (string)(data["$ref"] ?? data["allOf"]![0]!["$ref"])!);
    }

    /// <summary>The fields of a payload whose value is not of the kind (type, format, nullability) its OpenAPI schema says.</summary>
    private static List<string> Mismatches(JsonNode schema, JsonObject data)
    {
        var mismatches = new List<string>();
        foreach (var (name, value) in data)
        {
            if (schema["properties"]![name] is not { } field)
            {
                mismatches.Add($"{name} is not in the schema");
                continue;
            }

            if (value is null)
            {
                if ((bool?)field["nullable"] != true)
                {
                    mismatches.Add($"{name} is null, which its schema does not allow");
                }

                continue;
            }

            var kind = value.GetValueKind();
            var format = (string?)field["format"];
            var fits = (string?)field["type"] switch
            {
                "string" when kind == JsonValueKind.String => format switch
                {
                    "uuid" => Guid.TryParse((string)value!, out _),
                    "date" => DateOnly.TryParseExact((string)value!, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
                    "date-time" => DateTimeOffset.TryParse((string)value!, CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
                    _ => true,
                },
                "integer" => kind == JsonValueKind.Number && long.TryParse(value.ToJsonString(), CultureInfo.InvariantCulture, out _),
                "number" => kind == JsonValueKind.Number,
                "boolean" => kind is JsonValueKind.True or JsonValueKind.False,
                "array" => kind == JsonValueKind.Array,
                _ => false,
            };
            if (!fits)
            {
                mismatches.Add($"{name} is {value.ToJsonString()}, not a {field["type"]} {format}");
            }
        }

        return mismatches;
    }
}
