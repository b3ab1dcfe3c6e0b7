using System.Text.Json;
using System.Text.Json.Nodes;
using Jipp.Api.Tests.Infrastructure;

namespace Jipp.Api.Tests;

/// <summary>
/// The OpenAPI document is a promise to other systems: it is committed at docs/openapi/v1.json and
/// this test fails when the service's document differs, so that every change to the contract shows
/// up in review. To accept a deliberate change, run the tests with JIPP_UPDATE_OPENAPI=1 and commit
/// the rewritten file.
/// </summary>
public sealed class OpenApiContractTests(ApiFactory factory) : ApiTest(factory)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    [Fact]
    public async Task The_served_openapi_document_matches_the_committed_contract()
    {
        var served = Normalize(await Anonymous.GetStringAsync("/swagger/v1/swagger.json"));
        var path = Path.Combine(RepositoryRoot(), "docs", "openapi", "v1.json");

        if (Environment.GetEnvironmentVariable("JIPP_UPDATE_OPENAPI") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, served);
        }

        Assert.True(File.Exists(path), $"{path} is missing: run the tests with JIPP_UPDATE_OPENAPI=1 to write it.");
        var committed = Normalize(await File.ReadAllTextAsync(path));
        Assert.True(
            committed == served,
            "The OpenAPI document differs from docs/openapi/v1.json. If the change is deliberate, run the tests with JIPP_UPDATE_OPENAPI=1 and commit the file; a removed route or field breaks integrators.");
    }

    [Fact]
    public async Task Enums_are_described_as_the_camelCase_strings_the_service_accepts()
    {
        var document = JsonNode.Parse(await Anonymous.GetStringAsync("/swagger/v1/swagger.json"))!;
        var enums = document["components"]!["schemas"]!.AsObject().Where(s => s.Value!["enum"] is not null).ToList();

        Assert.NotEmpty(enums);
        foreach (var (name, schema) in enums)
        {
            Assert.True(schema!["type"]!.GetValue<string>() == "string", $"{name} is described as {schema["type"]}");
            Assert.All(schema["enum"]!.AsArray(), value => Assert.Matches("^[a-z][A-Za-z]*$", value!.GetValue<string>()));
        }

        // What the document offers is what the service takes: a reader client created with its value.
        var role = document["components"]!["schemas"]!["ApiClientRole"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()).Last();
        var created = await CreateApiClientAsync(role);
        Assert.Equal(role, created.GetProperty("role").GetString());
    }

    private static string Normalize(string json) => JsonNode.Parse(json)!.ToJsonString(Indented).ReplaceLineEndings("\n") + "\n";

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
