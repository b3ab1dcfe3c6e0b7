using System.Net;
using Jipp.Api.PublicPage;
using Jipp.Api.Security;
using Jipp.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Jipp.Api.Tests;

/// <summary>
/// How the service serves the public page at <c>/</c>: from a folder of built files (here one the test writes; the
/// browser tests use the real build), under the page's own Content-Security-Policy, and without a built page
/// still running and saying how to build it.
/// </summary>
public sealed class PublicPageServingTests(ApiFactory factory) : ApiTest(factory), IDisposable
{
    private const string Index = """<!doctype html><html lang="id"><head><title>JIPP</title><script src="/assets/app-TEST1234.js" defer></script></head><body><main id="main"></main></body></html>""";

    private readonly string _directory = Directory.CreateTempSubdirectory("jipp-page-").FullName;

    [Fact]
    public async Task The_built_page_is_served_at_the_root_under_its_own_policy()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "assets"));
        await File.WriteAllTextAsync(Path.Combine(_directory, "index.html"), Index);
        using var host = WithPageDirectory(_directory);
        var client = host.CreateClient();

        var page = await client.GetAsync("/");

        await Expect.StatusAsync(page, HttpStatusCode.OK);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Index, await page.Content.ReadAsStringAsync());
        Assert.True(page.Headers.CacheControl?.NoCache, "the page names the assets of its build and must not be kept");
        var csp = page.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Equal(SecurityHeadersMiddleware.PublicPagePolicy, csp);
        foreach (var directive in new[] { "default-src 'none'", "script-src 'self'", "style-src 'self'", "connect-src 'self'", "img-src 'self'", "frame-ancestors 'none'" })
        {
            Assert.Contains(directive, csp, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("unsafe", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("http", csp, StringComparison.Ordinal);
        Assert.Equal("DENY", page.Headers.GetValues("X-Frame-Options").Single());

        // The API keeps its own policy, which lets nothing run.
        var api = await client.GetAsync("/api/v1/provinces");
        Assert.Equal(SecurityHeadersMiddleware.ApiPolicy, api.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task The_assets_of_a_build_are_served_with_their_hashed_names_and_kept_by_browsers()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "assets"));
        await File.WriteAllTextAsync(Path.Combine(_directory, "index.html"), Index);
        await File.WriteAllTextAsync(Path.Combine(_directory, "assets", "app-TEST1234.js"), "document.title = 'JIPP';");
        using var host = WithPageDirectory(_directory);
        var client = host.CreateClient();

        var script = await client.GetAsync("/assets/app-TEST1234.js");
        var missing = await client.GetAsync("/assets/app-OTHER.js");
        var outside = await client.GetAsync("/assets/..%2Findex.html");

        await Expect.StatusAsync(script, HttpStatusCode.OK);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.Equal("document.title = 'JIPP';", await script.Content.ReadAsStringAsync());
        Assert.True(script.Headers.CacheControl?.MaxAge >= TimeSpan.FromDays(365), "hashed assets may be kept for a year");
        Assert.Equal(SecurityHeadersMiddleware.PublicPagePolicy, script.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
    }

    [Fact]
    public async Task The_assets_travel_compressed_to_a_browser_that_accepts_it_and_the_api_answers_do_not()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "assets"));
        await File.WriteAllTextAsync(Path.Combine(_directory, "index.html"), Index);
        var script = string.Concat(Enumerable.Range(0, 2000).Select(i => $"document.body.dataset.n{i % 50} = '{i}';\n"));
        await File.WriteAllTextAsync(Path.Combine(_directory, "assets", "app-TEST1234.js"), script);
        using var host = WithPageDirectory(_directory);
        var client = host.CreateClient();

        using var brotli = new HttpRequestMessage(HttpMethod.Get, "/assets/app-TEST1234.js");
        brotli.Headers.AcceptEncoding.ParseAdd("gzip, br");
        var compressed = await client.SendAsync(brotli);
        using var plain = new HttpRequestMessage(HttpMethod.Get, "/assets/app-TEST1234.js");
        var uncompressed = await client.SendAsync(plain);
        using var api = new HttpRequestMessage(HttpMethod.Get, "/api/v1/sectors");
        api.Headers.AcceptEncoding.ParseAdd("gzip, br");
        var apiAnswer = await client.SendAsync(api);

        await Expect.StatusAsync(compressed, HttpStatusCode.OK);
        Assert.Equal(["br"], compressed.Content.Headers.ContentEncoding);
        var bytes = await compressed.Content.ReadAsByteArrayAsync();
        Assert.True(bytes.Length * 5 < System.Text.Encoding.UTF8.GetByteCount(script), $"{bytes.Length} bytes compressed for {script.Length}");
        await using (var decoded = new System.IO.Compression.BrotliStream(new MemoryStream(bytes), System.IO.Compression.CompressionMode.Decompress))
        using (var reader = new StreamReader(decoded))
        {
            Assert.Equal(script, await reader.ReadToEndAsync());
        }

        Assert.Empty(uncompressed.Content.Headers.ContentEncoding);
        Assert.Equal(script, await uncompressed.Content.ReadAsStringAsync());
        await Expect.StatusAsync(apiAnswer, HttpStatusCode.OK);
        Assert.Empty(apiAnswer.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task Without_a_built_page_the_root_says_how_to_build_it_and_the_api_still_answers()
    {
        using var host = WithPageDirectory(Path.Combine(_directory, "not-built"));
        var client = host.CreateClient();

        var page = await client.GetAsync("/");
        var asset = await client.GetAsync("/assets/app.js");
        var api = await client.GetAsync("/api/v1/provinces");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Equal("text/plain", page.Content.Headers.ContentType?.MediaType);
        var text = await page.Content.ReadAsStringAsync();
        Assert.Equal(PublicPageEndpoints.NotBuiltMessage, text);
        Assert.Contains("npm ci --ignore-scripts && npm run build", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, asset.StatusCode);
        await Expect.StatusAsync(api, HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_page_without_its_assets_is_not_served_half_built()
    {
        await File.WriteAllTextAsync(Path.Combine(_directory, "index.html"), Index);
        using var host = WithPageDirectory(_directory);

        var page = await host.CreateClient().GetAsync("/");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Equal(PublicPageEndpoints.NotBuiltMessage, await page.Content.ReadAsStringAsync());
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private WebApplicationFactory<Program> WithPageDirectory(string directory) =>
        Factory.WithWebHostBuilder(web => web.UseSetting(PublicPageEndpoints.DirectorySetting, directory));
}
