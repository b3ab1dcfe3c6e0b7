using System.Reflection;
using System.Text.Json.Nodes;
using Newtonsoft.Json;

namespace Jipp.Client.Tests;

/// <summary>
/// Every property that the document says may be null (a candidacy's <c>invitation</c> before the
/// invitation, an innovation's <c>lastVerification</c>) is nullable in the generated client too, so
/// that it reads the nulls the service sends instead of throwing (ADR 23).
/// </summary>
public sealed class NullablePropertiesTests
{
    private static readonly NullabilityInfoContext Nullability = new();

    [Fact]
    public void The_generated_client_declares_nullable_every_property_the_document_says_may_be_null()
    {
        var document = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "openapi", "v1.json")))!;
        var nullable = NullableReferenceProperties(document["components"]!["schemas"]!.AsObject()).ToList();

        // The document's own shape: references that may be null are a oneOf with a null variant.
        Assert.Contains(("Candidacy", "invitation"), nullable);
        Assert.Contains(("Innovation", "lastVerification"), nullable);
        Assert.Contains(("ReplicationRequest", "verification"), nullable);

        var client = typeof(JippClient).Assembly;
        Assert.All(nullable, entry =>
        {
            var (schema, name) = entry;
            var type = client.GetType($"Jipp.Client.{schema}") ?? throw new Xunit.Sdk.XunitException($"No generated class {schema}.");
            var property = type.GetProperties().Single(p => p.GetCustomAttribute<JsonPropertyAttribute>()?.PropertyName == name);
            var attribute = property.GetCustomAttribute<JsonPropertyAttribute>()!;

            Assert.True(
                Nullable.GetUnderlyingType(property.PropertyType) is not null || Nullability.Create(property).ReadState == NullabilityState.Nullable,
                $"{schema}.{name} is generated as non-nullable {property.PropertyType.Name}.");
            Assert.True(
                attribute.Required is Required.Default or Required.AllowNull,
                $"{schema}.{name} is generated as Required.{attribute.Required}, which refuses null.");
        });
    }

    /// <summary>Properties written <c>oneOf: [{$ref}, {nullable: true, enum: [null]}]</c>.</summary>
    private static IEnumerable<(string Schema, string Property)> NullableReferenceProperties(JsonObject schemas) =>
        from schema in schemas
        from property in schema.Value!["properties"]?.AsObject() ?? []
        where property.Value!["oneOf"] is JsonArray variants
            && variants.Any(v => v!["$ref"] is not null)
            && variants.Any(v => v!["nullable"]?.GetValue<bool>() == true && v["enum"] is JsonArray { Count: 1 } values && values[0] is null)
        select (schema.Key, property.Key);

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Jipp.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Jipp.sln not found above the test assembly.");
    }
}
