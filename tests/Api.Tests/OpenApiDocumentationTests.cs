using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Jipp.Api.Json;
using Jipp.Api.OpenApi;
using Jipp.Api.Tests.Infrastructure;
using Jipp.Application.Common.Concurrency;
using Jipp.Application.Common.Errors;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Jipp.Api.Tests;

/// <summary>
/// What integrators read in the OpenAPI document: an example for every request body, the codes of
/// every problem, enums as the strings the API speaks with their Indonesian terms, Accept-Language.
/// </summary>
public sealed partial class OpenApiDocumentationTests(ApiFactory factory) : ApiTest(factory)
{
    private async Task<JsonNode> DocumentAsync() => JsonNode.Parse(await Anonymous.GetStringAsync("/swagger/v1/swagger.json"))!;

    private static IEnumerable<(string Path, string Method, JsonObject Operation)> Operations(JsonNode document) =>
        document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject().Select(op => (path.Key, op.Key, op.Value!.AsObject())));

    [Fact]
    public void Every_example_reads_as_its_type_under_the_strict_json_rules()
    {
        var options = new JsonSerializerOptions();
        JsonSetup.Configure(options);

        // Responses carry no row version in JSON (it is the ETag), so their examples are checked member by member instead.
        var responses = new JsonSerializerOptions(options) { RespectRequiredConstructorParameters = false };
        var types = typeof(Jipp.Application.DependencyInjection).Assembly.GetTypes().Where(t => !t.IsGenericType && t.IsPublic).ToList();

        foreach (var (schema, example) in OpenApiExamples.BySchema)
        {
            var type = Assert.Single(types, t => t.Name.Replace("Dto", string.Empty, StringComparison.Ordinal) == schema);
            var isResponse = type.Name.EndsWith("Dto", StringComparison.Ordinal);
            var value = JsonSerializer.Deserialize(example, type, isResponse ? responses : options);
            Assert.NotNull(value);
            if (isResponse)
            {
                var written = JsonNode.Parse(JsonSerializer.Serialize(value, type, options))!.AsObject().Select(p => p.Key).Order();
                Assert.Equal(written, JsonNode.Parse(example)!.AsObject().Select(p => p.Key).Order());
            }
        }
    }

    [Fact]
    public async Task Every_operation_answering_with_a_single_versioned_resource_declares_its_etag()
    {
        // From the routes: every successful response whose type carries a version is sent with an ETag (ETagFilter).
        var routes = Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        var expected = routes
            .SelectMany(e => e.Metadata.OfType<IProducesResponseTypeMetadata>()
                .Where(r => r.StatusCode is >= 200 and < 300 && r.Type is not null && typeof(IVersioned).IsAssignableFrom(r.Type))
                .SelectMany(r => e.Metadata.GetRequiredMetadata<IHttpMethodMetadata>().HttpMethods
                    .Select(m => $"{m.ToLowerInvariant()} {RouteConstraint().Replace(e.RoutePattern.RawText!, "}").Replace("{version}", "1", StringComparison.Ordinal).TrimEnd('/')} {r.StatusCode}")))
            .Order()
            .ToList();
        var document = await DocumentAsync();

        var all = Operations(document)
            .SelectMany(op => op.Operation["responses"]!.AsObject()
                .Where(r => r.Value!["headers"]?["ETag"] is not null)
                .Select(r => (Name: $"{op.Method} {op.Path} {r.Key}", Header: r.Value!["headers"]!["ETag"]!)))
            .ToList();

        // The other kind: the ETag of a representation (a hash of its bytes, for If-None-Match), on the reads offered as CSV too.
        var representations = all.Where(d => ((string?)d.Header["description"])!.Contains("If-None-Match", StringComparison.Ordinal)).Select(d => d.Name).Order();
        Assert.Equal(["get /api/v1/hub-scorecards 200", "get /api/v1/hub-scorecards 304", "get /api/v1/hubs/{id}/scorecard 200", "get /api/v1/hubs/{id}/scorecard 304"], representations);
        var declared = all.Where(d => !representations.Contains(d.Name)).ToList();

        Assert.Contains("get /api/v1/innovations/{id} 200", expected);
        Assert.Contains("post /api/v1/hub-candidacies 201", expected);
        Assert.Contains("put /api/v1/cohorts/{year}/policy 200", expected);
        Assert.Equal(expected, declared.Select(d => d.Name).Order());
        Assert.All(declared, d =>
        {
            Assert.Contains("strong ETag", (string?)d.Header["description"], StringComparison.Ordinal);
            Assert.Contains("If-Match", (string?)d.Header["description"], StringComparison.Ordinal);
            Assert.Equal("string", (string?)d.Header["schema"]?["type"]);
        });
    }

    [GeneratedRegex(":[^}]+}")]
    private static partial Regex RouteConstraint();

    [Fact]
    public async Task Every_operation_has_a_summary_a_description_and_the_accept_language_header()
    {
        var document = await DocumentAsync();

        Assert.All(Operations(document), op =>
        {
            Assert.False(string.IsNullOrWhiteSpace((string?)op.Operation["summary"]), $"{op.Method} {op.Path} has no summary");
            Assert.False(string.IsNullOrWhiteSpace((string?)op.Operation["description"]), $"{op.Method} {op.Path} has no description");
            Assert.Contains(op.Operation["parameters"]!.AsArray(), p => (string?)p!["name"] == "Accept-Language" && (string?)p["in"] == "header");
        });
    }

    [Fact]
    public async Task Every_request_body_and_every_problem_has_an_example_and_every_problem_names_its_codes()
    {
        var document = await DocumentAsync();
        var schemas = document["components"]!["schemas"]!.AsObject();

        Assert.All(Operations(document), op =>
        {
            if (op.Operation["requestBody"]?["content"]?["application/json"]?["schema"]?["$ref"] is JsonValue reference)
            {
                var name = reference.GetValue<string>().Split('/')[^1];
                Assert.True(schemas[name]!["example"] is not null, $"{op.Method} {op.Path}: the {name} body has no example");
            }

            foreach (var (status, declared) in op.Operation["responses"]!.AsObject().Where(r => r.Key[0] is '4' or '5'))
            {
                // A response shared by every operation (429) is a reference into the components.
                var response = declared!["$ref"] is JsonValue shared
                    ? document["components"]!["responses"]![shared.GetValue<string>().Split('/')[^1]]
                    : declared;
                var example = response!["content"]?["application/problem+json"]?["example"];
                Assert.True(example is not null, $"{op.Method} {op.Path} {status} has no example");
                var code = (string)example!["code"]!;
                Assert.Contains($"`{code}`", (string)response["description"]!, StringComparison.Ordinal);
                var listed = response[ProblemCodesOperationFilter.CodesExtension]?.AsArray().Select(c => (string)c!).ToList();
                Assert.True(listed is { Count: > 0 }, $"{op.Method} {op.Path} {status} lists no codes");
                Assert.Equal(code, listed[0]);
                Assert.All(listed, c => Assert.Contains($"`{c}`", (string)response["description"]!, StringComparison.Ordinal));
                Assert.Equal(int.Parse(status, System.Globalization.CultureInfo.InvariantCulture), (int)example["status"]!);
            }
        });
    }

    /// <summary>The 409 codes that the contract (api.md) names for each operation, in its words.</summary>
    public static TheoryData<string, string[]> ContractRules => new()
    {
        { "RegisterAgency", ["agency.duplicate_name", "agency.regional_government_exists"] },
        { "CreateApiClient", ["api_client.scope_mismatch"] },
        { "UpdateInnovation", ["invalid_transition"] },
        { "SubmitInnovation", ["invalid_transition"] },
        { "VerifyInnovation", ["invalid_transition", "innovation.notes_required"] },
        { "ArchiveInnovation", ["invalid_transition"] },
        { "ShortlistCandidacy", ["candidacy.already_hub", "candidacy.already_open", "candidacy.not_eligible"] },
        { "InviteCandidate", ["invalid_transition"] },
        { "AnswerInvitation", ["invalid_transition"] },
        { "RecordCommitment", ["invalid_transition"] },
        { "SubmitReadiness", ["invalid_transition"] },
        { "AssessCandidacy", ["invalid_transition"] },
        { "DesignateHub", ["invalid_transition", "candidacy.criteria_not_met"] },
        { "RejectCandidacy", ["invalid_transition"] },
        { "WithdrawCandidacy", ["invalid_transition"] },
        { "AddHubPartner", ["hub.duplicate_partner"] },
        { "SubmitReplicationRequest", ["replication.not_published", "replication.not_replicable", "replication.own_innovation", "replication.duplicate_open_request", "idempotency_in_progress"] },
        { "VerifyReplicationRequest", ["invalid_transition"] },
        { "AgreeToReplication", ["invalid_transition"] },
        { "RecordMentoringSession", ["invalid_transition"] },
        { "CompleteReplication", ["invalid_transition", "replication.no_mentoring"] },
        { "CancelReplicationRequest", ["invalid_transition"] },
    };

    [Theory]
    [MemberData(nameof(ContractRules))]
    public async Task Workflow_operations_list_the_rules_of_the_contract(string operationId, string[] rules)
    {
        var document = await DocumentAsync();
        var operation = Assert.Single(Operations(document), op => (string?)op.Operation["operationId"] == operationId).Operation;

        var conflict = operation["responses"]!["409"]!;
        var listed = conflict[ProblemCodesOperationFilter.CodesExtension]!.AsArray().Select(c => (string)c!).ToList();
        Assert.All(rules, rule => Assert.Contains($"`{rule}`", (string)conflict["description"]!, StringComparison.Ordinal));
        Assert.All(rules, rule => Assert.Contains(rule, listed));
    }

    [Fact]
    public async Task Every_refusal_an_endpoint_declares_is_listed_under_its_status()
    {
        var document = await DocumentAsync();
        var byId = Operations(document).ToDictionary(op => (string)op.Operation["operationId"]!, op => op.Operation);
        var endpoints = Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Where(e => e.Metadata.GetMetadata<IEndpointNameMetadata>() is not null)
            .ToList();

        Assert.NotEmpty(endpoints);
        foreach (var endpoint in endpoints)
        {
            var id = endpoint.Metadata.GetRequiredMetadata<IEndpointNameMetadata>().EndpointName;
            var declared = ProblemCodesOperationFilter.Declared(endpoint.Metadata);
            var responses = byId[id]["responses"]!.AsObject();
            foreach (var refusal in declared)
            {
                var response = responses[refusal.Status.ToString(System.Globalization.CultureInfo.InvariantCulture)];
                Assert.True(response is not null, $"{id} declares {refusal.Code} but documents no {refusal.Status}");
                Assert.Contains(refusal.Code, response![ProblemCodesOperationFilter.CodesExtension]!.AsArray().Select(c => (string)c!));
            }

            // Every code listed is one of the catalog, under its own status.
            foreach (var (status, response) in responses.Where(r => r.Value![ProblemCodesOperationFilter.CodesExtension] is not null))
            {
                Assert.All(response![ProblemCodesOperationFilter.CodesExtension]!.AsArray(), code =>
                    Assert.Equal(status, Refusal.Get((string)code!).Status.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
        }
    }

    [Fact]
    public async Task Enums_are_camel_case_strings_described_with_their_indonesian_terms()
    {
        var schemas = (await DocumentAsync())["components"]!["schemas"]!;

        var state = schemas["InnovationState"]!;
        Assert.Equal("string", (string)state["type"]!);
        Assert.Equal(["draft", "submitted", "returned", "published", "archived"], state["enum"]!.AsArray().Select(v => (string)v!));
        var description = (string)state["description"]!;
        Assert.Contains("`draft` (draf)", description, StringComparison.Ordinal);
        Assert.Contains("`published` (terbit", description, StringComparison.Ordinal);
        Assert.Contains("`initiative` (inisiatif)", (string)schemas["MaturityStage"]!["description"]!, StringComparison.Ordinal);
        Assert.Contains("`inImplementation`", (string)schemas["ReplicationState"]!["description"]!, StringComparison.Ordinal);

        foreach (var type in EnumAndExampleSchemaFilter.Terms.Keys)
        {
            var names = Enum.GetNames(type).Select(JsonNamingPolicy.CamelCase.ConvertName);
            Assert.All(names, name => Assert.True(EnumAndExampleSchemaFilter.Terms[type].ContainsKey(name), $"{type.Name}.{name} has no Indonesian term"));
        }
    }

    [Fact]
    public async Task The_security_scheme_explains_the_key_roles_and_refusals()
    {
        var scheme = (await DocumentAsync())["components"]!["securitySchemes"]!["ApiKey"]!;

        Assert.Equal("apiKey", (string)scheme["type"]!);
        Assert.Equal("X-Api-Key", (string)scheme["name"]!);
        var description = (string)scheme["description"]!;
        Assert.Contains("`reader`", description, StringComparison.Ordinal);
        Assert.Contains("`unauthenticated`", description, StringComparison.Ordinal);
    }
}
