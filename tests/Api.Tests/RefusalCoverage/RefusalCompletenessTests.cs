using System.Reflection;
using System.Text.Json.Nodes;
using Jipp.Api.OpenApi;
using Jipp.Api.Tests.Infrastructure;
using Jipp.Application.Common.Errors;
using Jipp.Domain.Common;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Jipp.Api.Tests.RefusalCoverage;

/// <summary>
/// What a handler can refuse is documented: the codes each endpoint's code can raise, read from the
/// compiled code by <see cref="RefusalAnalysis"/>, are listed in its operation of the served OpenAPI
/// document, and every code the code can raise is in the catalog. Adding a refusal to a handler or a
/// domain method without declaring it on the endpoint (<c>.Refuses(...)</c>) fails here.
/// </summary>
public sealed class RefusalCompletenessTests(ApiFactory factory) : ApiTest(factory)
{
    private static readonly RefusalAnalysis Analysis = new(
        typeof(Program).Assembly, typeof(Refusal).Assembly, typeof(DomainException).Assembly);

    private IReadOnlyList<(string Name, RouteEndpoint Endpoint, MethodInfo Handler)> Endpoints() =>
        [.. Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IEndpointNameMetadata>() is not null)
            .Select(e => (e.Metadata.GetRequiredMetadata<IEndpointNameMetadata>().EndpointName, e, e.Metadata.GetRequiredMetadata<MethodInfo>()))];

    [Fact]
    public async Task Every_code_a_handler_can_raise_is_documented_on_its_operation()
    {
        var document = JsonNode.Parse(await Anonymous.GetStringAsync("/swagger/v1/swagger.json"))!;
        var operations = document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(op => op.Value!.AsObject()))
            .ToDictionary(op => (string)op["operationId"]!);
        var endpoints = Endpoints();
        var undocumented = new List<string>();
        var problems = new List<string>();

        Assert.True(endpoints.Count > 40, $"only {endpoints.Count} endpoints found");
        foreach (var (name, _, handler) in endpoints)
        {
            var result = Analysis.Analyze(handler);
            var documented = DocumentedCodes(operations[name]);
            undocumented.AddRange(result.Codes.Where(c => !documented.Contains(c.Key)).Select(c => $"{name} can answer `{c.Key}` ({c.Value}) but does not document it"));
            problems.AddRange(result.Problems.Select(p => $"{name}: {p}"));
        }

        Assert.Empty(problems);
        Assert.True(undocumented.Count == 0, "Declare these with .Refuses(...) on the endpoint:\n" + string.Join("\n", undocumented));
    }

    [Fact]
    public void Every_code_an_endpoint_declares_can_be_raised_by_its_handler()
    {
        // A declared code the code can never raise misleads integrators as much as a missing one.
        // `validation` is also answered when the body or a parameter does not bind, so it may stand alone.
        var stale = new List<string>();
        foreach (var (name, endpoint, handler) in Endpoints())
        {
            var raised = Analysis.Analyze(handler).Codes;
            stale.AddRange(ProblemCodesOperationFilter.Declared(endpoint.Metadata)
                .Where(r => r != Refusal.Validation && !raised.ContainsKey(r.Code))
                .Select(r => $"{name} declares `{r.Code}`, which its handler cannot raise"));
        }

        Assert.Empty(stale);
    }

    [Fact]
    public void Every_code_the_service_can_raise_is_in_the_catalog()
    {
        var result = Analysis.AnalyzeEverything();

        Assert.Empty(result.Problems);
        Assert.Contains("candidacy.already_hub", result.Codes.Keys);
        Assert.Contains("invalid_transition", result.Codes.Keys);
        Assert.Contains("not_found", result.Codes.Keys);
        Assert.All(result.Codes, code => Assert.True(Refusal.Find(code.Key) is not null, $"`{code.Key}` (raised in {code.Value}) is not in the catalog (Refusal)"));
    }

    [Fact]
    public void Every_endpoint_that_sends_a_command_or_query_is_analysed_through_its_handler()
    {
        // Without this, an endpoint whose messages were not found would pass the first test vacuously.
        var silent = Endpoints()
            .Where(e => Analysis.Analyze(e.Handler).Messages.Count == 0)
            .Select(e => e.Name)
            .ToList();

        Assert.Empty(silent);
    }

    /// <summary>The codes an operation lists on its problem responses (<c>x-problem-codes</c>), the shared 429 included.</summary>
    private static HashSet<string> DocumentedCodes(JsonObject operation) =>
        [.. operation["responses"]!.AsObject()
            .SelectMany(r => r.Value![ProblemCodesOperationFilter.CodesExtension]?.AsArray() ?? [])
            .Select(c => (string)c!)];
}
