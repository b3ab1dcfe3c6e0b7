using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Jipp.Api.Tests.Infrastructure;

namespace Jipp.Api.Tests.Security;

/// <summary>
/// OWASP API8:2023 Security Misconfiguration, with the service's default settings: security
/// headers on every answer, CORS closed, nothing about the server or its internals revealed.
/// </summary>
public sealed partial class API8_SecurityMisconfigurationTests(ApiFactory factory) : ApiTest(factory)
{
    [Theory]
    [InlineData("/api/v1/provinces")]
    [InlineData("/api/v1/nowhere")]
    [InlineData("/health/live")]
    [InlineData("/api/v1/agencies?pageSize=0")]
    public async Task Every_answer_carries_the_security_headers(string path)
    {
        var response = await Anonymous.GetAsync(path);

        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        var csp = Header(response, "Content-Security-Policy")!;
        Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Server"));
        Assert.False(response.Headers.Contains("X-Powered-By"));
    }

    [Fact]
    public async Task Answers_to_callers_with_a_key_are_never_stored_by_caches()
    {
        var keyed = await Ministry.GetAsync("/api/v1/api-clients");
        var refused = await Factory.CreateClient("jipp_unknown").GetAsync("/api/v1/provinces");

        Assert.True(keyed.Headers.CacheControl?.NoStore, "an authenticated answer may be cached");
        Assert.True(refused.Headers.CacheControl?.NoStore, "an answer to a keyed request may be cached");
    }

    [Fact]
    public async Task Swagger_ui_works_under_its_own_policy_that_runs_only_its_own_scripts()
    {
        var page = await Anonymous.GetAsync("/swagger/index.html");
        await Expect.StatusAsync(page, HttpStatusCode.OK);
        var html = await page.Content.ReadAsStringAsync();

        var csp = Header(page, "Content-Security-Policy")!;
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);

        // script-src 'self' blocks inline scripts: the page must load all of its own from files.
        var scripts = ScriptTag().Matches(html);
        Assert.NotEmpty(scripts);
        Assert.All(scripts, s => Assert.Contains("src=", s.Groups[1].Value, StringComparison.Ordinal));
        Assert.All(scripts, s => Assert.True(string.IsNullOrWhiteSpace(s.Groups[2].Value), "an inline script would be blocked"));
        foreach (Match script in scripts)
        {
            var src = SrcAttribute().Match(script.Groups[1].Value).Groups[1].Value;
            Assert.False(src.StartsWith("http", StringComparison.OrdinalIgnoreCase), $"{src} is not the service's own");
            await Expect.StatusAsync(await Anonymous.GetAsync("/swagger/" + src.TrimStart('.', '/')), HttpStatusCode.OK);
        }

        await Expect.StatusAsync(await Anonymous.GetAsync("/swagger/v1/swagger.json"), HttpStatusCode.OK);
    }

    [Fact]
    public async Task Cors_is_closed_by_default()
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/v1/innovations");
        preflight.Headers.Add("Origin", "https://evil.example");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "X-Api-Key");
        using var simple = new HttpRequestMessage(HttpMethod.Get, "/api/v1/provinces");
        simple.Headers.Add("Origin", "https://evil.example");

        var preflighted = await Anonymous.SendAsync(preflight);
        var answered = await Anonymous.SendAsync(simple);

        Assert.False(preflighted.IsSuccessStatusCode && preflighted.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.DoesNotContain(preflighted.Headers, h => h.Key.StartsWith("Access-Control-", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(answered.Headers, h => h.Key.StartsWith("Access-Control-", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Errors_never_show_a_stack_trace_or_an_sql_message()
    {
        var responses = new[]
        {
            await Anonymous.PostAsync("/api/v1/innovations", new StringContent("{\"title\":", System.Text.Encoding.UTF8, "application/json")),
            await Ministry.PostAsync("/api/v1/agencies", new StringContent("{\"name\":\"x\",\"type\":\"university\",\"id\":1}", System.Text.Encoding.UTF8, "application/json")),
            await Anonymous.GetAsync("/api/v1/innovations?startedFrom=not-a-date"),
            await Anonymous.GetAsync("/api/v1/innovations/not-a-guid"),
            await Ministry.GetAsync("/api/v1/agencies?cursor=eyJ4IjoxfQ"),
        };

        foreach (var response in responses)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.DoesNotMatch(InternalsLeak(), body);
        }
    }

    [GeneratedRegex("""<script([^>]*)>(.*?)</script>""", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex ScriptTag();

    [GeneratedRegex("""src="([^"]+)" """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex SrcAttribute();

    [GeneratedRegex(@"\bat [A-Z][\w.]+\(|Exception\b|Npgsql|SELECT |INSERT |\.cs:line", RegexOptions.IgnoreCase)]
    private static partial Regex InternalsLeak();

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values)
        : response.Content.Headers.TryGetValues(name, out var content) ? string.Join(",", content) : null;
}

/// <summary>
/// OWASP API8:2023 with production settings: Swagger UI and the OpenAPI document switched off,
/// CORS open to one configured origin only, an unexpected failure answered without detail.
/// </summary>
public sealed class API8_ProductionSettingsTests(ProductionSettingsFactory factory) : SecurityFactoryTest<ProductionSettingsFactory>(factory)
{
    [Theory]
    [InlineData("/swagger")]
    [InlineData("/swagger/index.html")]
    [InlineData("/swagger/v1/swagger.json")]
    public async Task Swagger_ui_and_the_openapi_document_can_be_switched_off(string path)
    {
        var response = await Factory.CreateClient(apiKey: null).GetAsync(path);

        await Expect.ProblemAsync(response, HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task Cors_admits_the_configured_origin_only()
    {
        var client = Factory.CreateClient(apiKey: null);

        var allowed = await client.SendAsync(Preflight(ProductionSettingsFactory.PortalOrigin));
        var refused = await client.SendAsync(Preflight("https://evil.example"));

        Assert.True(allowed.IsSuccessStatusCode, $"{(int)allowed.StatusCode}");
        Assert.Equal(ProductionSettingsFactory.PortalOrigin, allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("x-api-key", string.Join(",", allowed.Headers.GetValues("Access-Control-Allow-Headers")), StringComparison.OrdinalIgnoreCase);
        Assert.False(refused.Headers.Contains("Access-Control-Allow-Origin"));

        using var read = new HttpRequestMessage(HttpMethod.Get, "/api/v1/provinces");
        read.Headers.Add("Origin", ProductionSettingsFactory.PortalOrigin);
        var answered = await client.SendAsync(read);
        Assert.Equal(ProductionSettingsFactory.PortalOrigin, answered.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("RateLimit-Remaining", string.Join(",", answered.Headers.GetValues("Access-Control-Expose-Headers")), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_unexpected_failure_is_a_500_problem_without_any_detail()
    {
        var response = await Factory.CreateClient(FailingKeyService.FailingKey).GetAsync("/api/v1/provinces");

        var problem = await Expect.ProblemAsync(response, HttpStatusCode.InternalServerError, "internal_error");
        var body = problem.ToString();
        Assert.DoesNotContain(FailingKeyService.InternalDetail, body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
        Assert.False(problem.TryGetProperty("exceptionType", out _));
        Assert.Contains(Factory.Logs.Entries, e => e.Contains(FailingKeyService.InternalDetail, StringComparison.Ordinal));
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/v1/innovations");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "x-api-key,content-type");
        return request;
    }
}

/// <summary>OWASP API8:2023: <c>Jipp:DetailedErrors</c> names the exception's type for developers, and nothing more.</summary>
public sealed class API8_DetailedErrorsTests(DetailedErrorsFactory factory) : SecurityFactoryTest<DetailedErrorsFactory>(factory)
{
    [Fact]
    public async Task Detailed_errors_name_the_exception_type_but_never_its_message_or_stack()
    {
        var response = await Factory.CreateClient(FailingKeyService.FailingKey).GetAsync("/api/v1/provinces");

        var problem = await Expect.ProblemAsync(response, HttpStatusCode.InternalServerError, "internal_error");
        Assert.Equal("System.InvalidOperationException", problem.GetProperty("exceptionType").GetString());
        Assert.DoesNotContain(FailingKeyService.InternalDetail, problem.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", JsonSerializer.Serialize(problem), StringComparison.Ordinal);
    }
}
