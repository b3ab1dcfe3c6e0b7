using System.Text.Json;
using System.Text.Json.Nodes;
using Jipp.Api.OpenApi;
using Jipp.Application.Events.Catalogue;
using Jipp.Domain.Common;

namespace Jipp.Api.Tests.Events;

/// <summary>
/// The event catalogue is the published contract of the feed: every domain event that an aggregate raises is published as
/// integration events of the catalogue, every type of the catalogue is published by some domain event, and
/// docs/asyncapi.yaml lists exactly the catalogue's types with their payload schemas.
/// </summary>
public sealed class EventCatalogueTests
{
    private static readonly JsonSerializerOptions Payload = new(JsonSerializerDefaults.Web);

    public static TheoryData<Type> DomainEventTypes => [.. DomainEvents()];

    [Theory]
    [MemberData(nameof(DomainEventTypes))]
    public void Every_domain_event_is_published_as_events_of_the_catalogue_with_their_payload_record(Type domainEventType)
    {
        foreach (var domainEvent in Samples(domainEventType))
        {
            var published = IntegrationEventCatalogue.From(domainEvent);

            Assert.NotEmpty(published);
            Assert.All(published, e =>
            {
                Assert.Contains(e.Type, IntegrationEventCatalogue.All);
                Assert.IsType(e.Type.DataType, e.Data);
                Assert.Equal(domainEvent.OccurredAt, e.OccurredAt);

                // The subject is the payload's first field: the examples of the OpenAPI and AsyncAPI documents rely on it.
                var first = JsonSerializer.SerializeToNode(e.Data, e.Type.DataType, Payload)!.AsObject().First().Value!;
                Assert.Equal(first.GetValueKind() == JsonValueKind.String ? first.GetValue<string>() : first.ToJsonString(), e.SubjectId);
            });
        }
    }

    [Fact]
    public void Every_type_of_the_catalogue_is_published_by_some_domain_event()
    {
        var published = DomainEvents().SelectMany(Samples).SelectMany(IntegrationEventCatalogue.From).Select(e => e.Type.Name).ToHashSet();

        var dead = IntegrationEventCatalogue.All.Select(t => t.Name).Where(name => !published.Contains(name)).ToList();
        Assert.True(dead.Count == 0, $"No domain event publishes {string.Join(", ", dead)}: map one in IntegrationEventCatalogue.From, or remove the type.");
    }

    [Fact]
    public void A_domain_event_the_catalogue_does_not_know_is_refused()
    {
        Assert.Throws<InvalidOperationException>(() => IntegrationEventCatalogue.From(new UnknownEvent(DateTimeOffset.UnixEpoch)));
    }

    [Fact]
    public void Each_type_has_one_name_its_own_payload_record_and_an_example_of_it()
    {
        var all = IntegrationEventCatalogue.All;

        Assert.Equal(all.Count, all.Select(t => t.Name).Distinct().Count());
        Assert.Equal(all.Count, all.Select(t => t.DataType).Distinct().Count());
        Assert.Equal(all.Count, all.Select(EventCatalogueDocumentFilter.ItemSchemaId).Distinct().Count());
        Assert.All(all, type =>
        {
            Assert.Matches("^[a-z][A-Za-z]*\\.[a-z][A-Za-z]*$", type.Name);
            Assert.True(type.Version >= 1, $"{type.Name}: version {type.Version}");
            Assert.False(string.IsNullOrWhiteSpace(type.SubjectType));
            Assert.False(string.IsNullOrWhiteSpace(type.Description));
            Assert.IsType(type.DataType, type.Example);
        });
    }

    [Fact]
    public async Task The_committed_asyncapi_document_is_the_one_the_catalogue_makes()
    {
        var generated = EventCatalogueAsyncApi.ToYaml(EventCatalogueAsyncApi.Build());
        var path = AsyncApiPath();

        if (Environment.GetEnvironmentVariable("JIPP_UPDATE_ASYNCAPI") == "1")
        {
            await File.WriteAllTextAsync(path, generated);
        }

        Assert.True(File.Exists(path), $"{path} is missing: run the tests with JIPP_UPDATE_ASYNCAPI=1 to write it.");
        var committed = (await File.ReadAllTextAsync(path)).ReplaceLineEndings("\n");
        Assert.True(
            committed == generated,
            "docs/asyncapi.yaml differs from the event catalogue. Run the tests with JIPP_UPDATE_ASYNCAPI=1 and commit the file; a removed type or field breaks integrators.");
    }

    [Fact]
    public async Task The_asyncapi_document_lists_exactly_the_catalogue_types_each_with_its_payload_schema_and_an_example()
    {
        var document = EventCatalogueAsyncApi.FromYaml(await File.ReadAllTextAsync(AsyncApiPath()))!;
        var names = IntegrationEventCatalogue.All.Select(t => t.Name).ToList();
        var messages = document["components"]!["messages"]!.AsObject();

        Assert.Equal(names, messages.Select(m => m.Key));
        Assert.Equal(names, document["channels"]![EventCatalogueAsyncApi.ChannelName]!["messages"]!.AsObject().Select(m => m.Key));
        Assert.Equal(
            names.Select(n => $"#/channels/{EventCatalogueAsyncApi.ChannelName}/messages/{n}"),
            document["operations"]![EventCatalogueAsyncApi.OperationName]!["messages"]!.AsArray().Select(m => (string)m!["$ref"]!));
        foreach (var type in IntegrationEventCatalogue.All)
        {
            var message = messages[type.Name]!;
            Assert.Equal(type.Name, (string?)message["name"]);
            Assert.Equal(type.Version, (long)message["x-payload-version"]!);
            var item = Resolve(document, (string)message["payload"]!["$ref"]!);
            Assert.Equal(type.Name, (string?)item["properties"]!["type"]!["const"]);
            Assert.Equal(type.SubjectType, (string?)item["properties"]!["subject"]!["properties"]!["type"]!["const"]);
            var data = Resolve(document, (string)item["properties"]!["data"]!["$ref"]!);
            var fields = EventCatalogueAsyncApi.FieldNames(type.DataType);
            Assert.Equal(fields, data["properties"]!.AsObject().Select(p => p.Key));

            var example = Assert.Single(message["examples"]!.AsArray())!["payload"]!;
            Assert.Equal(type.Name, (string?)example["type"]);
            Assert.Equal(item["properties"]!.AsObject().Select(p => p.Key), example.AsObject().Select(p => p.Key));
            Assert.Equal(fields, example["data"]!.AsObject().Select(p => p.Key));
        }
    }

    [Fact]
    public void The_asyncapi_document_has_the_structure_of_asyncapi_3_and_reads_back_as_written()
    {
        var built = EventCatalogueAsyncApi.Build();

        // Well-formed YAML that reads back as the very document: every string quoted where it has to be.
        var read = EventCatalogueAsyncApi.FromYaml(EventCatalogueAsyncApi.ToYaml(built))!;
        Assert.Equal(built.ToJsonString(), read.ToJsonString());

        Assert.Equal("3.0.0", (string?)read["asyncapi"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)read["info"]!["title"]));
        Assert.False(string.IsNullOrWhiteSpace((string?)read["info"]!["version"]));
        Assert.Equal(["asyncapi", "info", "defaultContentType", "channels", "operations", "components"], read.AsObject().Select(p => p.Key));
        Assert.Equal(EventCatalogueAsyncApi.FeedAddress, (string?)read["channels"]![EventCatalogueAsyncApi.ChannelName]!["address"]);
        foreach (var (name, operation) in read["operations"]!.AsObject())
        {
            Assert.Contains((string?)operation!["action"], new[] { "send", "receive" });
            var channel = (string)operation["channel"]!["$ref"]!;
            Assert.StartsWith("#/channels/", channel, StringComparison.Ordinal);
            Assert.All(operation["messages"]!.AsArray(), m => Assert.StartsWith($"{channel}/messages/", (string)m!["$ref"]!, StringComparison.Ordinal));
            Assert.False(string.IsNullOrWhiteSpace(name));
        }

        Assert.All(read["components"]!["messages"]!.AsObject(), m => Assert.NotNull(m.Value!["payload"]));

        // Every reference points into the document.
        var references = References(read).ToList();
        Assert.NotEmpty(references);
        Assert.All(references, r => Resolve(read, r));
    }

    /// <summary>The non-abstract domain event types of the Domain assembly.</summary>
    private static IEnumerable<Type> DomainEvents() =>
        typeof(IDomainEvent).Assembly.GetTypes()
            .Where(t => typeof(IDomainEvent).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
            .OrderBy(t => t.FullName, StringComparer.Ordinal);

    /// <summary>Instances of a domain event built through its constructor: one with every flag true, one with every flag false.</summary>
    private static IEnumerable<IDomainEvent> Samples(Type type)
    {
        var constructor = type.GetConstructors().Where(c => c.GetParameters().All(p => p.ParameterType != type)).MaxBy(c => c.GetParameters().Length)!;
        var parameters = constructor.GetParameters();
        var flags = parameters.Any(p => p.ParameterType == typeof(bool)) ? new[] { true, false } : [true];
        return flags.Select(flag => (IDomainEvent)constructor.Invoke([.. parameters.Select(p => Sample(p.ParameterType, flag))]));
    }

    private static object Sample(Type type, bool flag)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying.IsEnum)
        {
            return Enum.GetValues(underlying).GetValue(0)!;
        }

        if (underlying.IsGenericType && underlying.GetGenericTypeDefinition() is var generic
            && (generic == typeof(IReadOnlyList<>) || generic == typeof(IReadOnlyCollection<>) || generic == typeof(IEnumerable<>)))
        {
            var element = underlying.GetGenericArguments()[0];
            var list = Array.CreateInstance(element, 1);
            list.SetValue(Sample(element, flag), 0);
            return list;
        }

        return underlying switch
        {
            _ when underlying == typeof(Guid) => Guid.CreateVersion7(),
            _ when underlying == typeof(string) => "35",
            _ when underlying == typeof(int) => 2026,
            _ when underlying == typeof(decimal) => 0.25m,
            _ when underlying == typeof(bool) => flag,
            _ when underlying == typeof(DateOnly) => new DateOnly(2026, 11, 30),
            _ when underlying == typeof(DateTimeOffset) => new DateTimeOffset(2026, 11, 30, 9, 15, 0, TimeSpan.Zero),
            _ => throw new NotSupportedException($"No sample value of {type} (a new kind of field in a domain event): add one here."),
        };
    }

    internal static JsonNode Resolve(JsonNode document, string reference)
    {
        Assert.StartsWith("#/", reference, StringComparison.Ordinal);
        var node = document;
        foreach (var segment in reference[2..].Split('/').Select(s => s.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)))
        {
            node = node![segment];
            Assert.True(node is not null, $"{reference} points to nothing");
        }

        return node!;
    }

    private static IEnumerable<string> References(JsonNode? node) => node switch
    {
        JsonObject map => map.SelectMany(p => p.Key == "$ref" ? [(string)p.Value!] : References(p.Value)),
        JsonArray list => list.SelectMany(References),
        _ => [],
    };

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Jipp.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Jipp.sln not found above the test assembly.");
    }

    private static string AsyncApiPath() => Path.Combine(RepositoryRoot(), "docs", "asyncapi.yaml");

    private sealed record UnknownEvent(DateTimeOffset OccurredAt) : IDomainEvent;
}
