using System.Net;
using Jipp.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Jipp.Api.Tests.Security;

/// <summary>
/// OWASP API9:2023 Improper Inventory Management: there is one API version, every route it serves
/// is in the OpenAPI document, and any other version or path is a 404 problem, not a forgotten
/// endpoint.
/// </summary>
public sealed class API9_ImproperInventoryManagementTests(ApiFactory factory) : ApiTest(factory)
{
    [Theory]
    [InlineData("GET", "/api/v2/provinces")]
    [InlineData("GET", "/api/v0/provinces")]
    [InlineData("GET", "/api/v1.1/provinces")]
    [InlineData("POST", "/api/v2/api-clients")]
    [InlineData("GET", "/api/provinces")]
    [InlineData("GET", "/provinces")]
    [InlineData("GET", "/api/v1/admin")]
    [InlineData("GET", "/api/v1/debug")]
    [InlineData("GET", "/api/v1/internal/keys")]
    [InlineData("GET", "/api/v1/api-clients/keys")]
    [InlineData("GET", "/.env")]
    [InlineData("GET", "/swagger/v2/swagger.json")]
    [InlineData("GET", "/metrics")]
    public async Task Other_versions_and_unknown_routes_are_404_problems(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);

        var response = await Ministry.SendAsync(request);

        await Expect.ProblemAsync(response, HttpStatusCode.NotFound, "not_found");
        Assert.Equal("1.0", response.Headers.GetValues("api-supported-versions").Single());
    }

    [Fact]
    public async Task Every_route_the_service_serves_is_documented()
    {
        var documented = await SecurityRoutes.DocumentedOperationsAsync(Anonymous);
        var served = Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["ANY"]).Select(m => $"{m} {Normalize(e.RoutePattern.RawText!)}"))
            .Distinct()
            .Order()
            .ToList();

        Assert.NotEmpty(served);
        Assert.Equal(documented.Keys.Order(), served);
    }

    [Fact]
    public async Task Only_health_swagger_the_public_page_and_the_v1_api_are_served()
    {
        var roots = Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.RawText!.TrimStart('/').Split('/')[0])
            .Distinct()
            .Order();

        // "" is the public page at / (its assets are static files, not endpoints).
        Assert.Equal(["", "api", "health"], roots);
        await Expect.StatusAsync(await Anonymous.GetAsync("/swagger/v1/swagger.json"), HttpStatusCode.OK);
    }

    /// <summary><c>/api/v{version:apiVersion}/innovations/{id:guid}/</c> becomes <c>/api/v1/innovations/{id}</c>.</summary>
    private static string Normalize(string pattern) =>
        System.Text.RegularExpressions.Regex.Replace(pattern, @"\{([A-Za-z]+)(:[^}]+)?\}", "{$1}")
            .Replace("v{version}", "v1", StringComparison.Ordinal)
            .TrimEnd('/');
}
