using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Jipp.Api.Tests.Infrastructure;
using Jipp.Domain.ApiClients;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Jipp.Api.Tests.Security;

/// <summary>
/// OWASP API4:2023 Unrestricted Resource Consumption: what one request may make the service read
/// and return is bounded (body size, page size, string and query lengths, header sizes).
/// </summary>
public sealed class API4_UnrestrictedResourceConsumptionTests(ApiFactory factory) : InnovationTest(factory)
{
    private const int OneMiB = 1024 * 1024;

    [Fact]
    public async Task A_body_over_1_MiB_is_413_payload_too_large_and_creates_nothing()
    {
        var body = Body();
        body["summary"] = new string('x', OneMiB);
        using var content = new StringContent(JsonSerializer.Serialize(body, Json), Encoding.UTF8, "application/json");

        var response = await Owner.PostAsync(Innovations, content);

        await Expect.ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "payload_too_large");
        Assert.Equal(0, await Factory.WithDbAsync(db => Task.FromResult(db.Innovations.Count())));
    }

    [Fact]
    public async Task A_chunked_body_over_1_MiB_without_a_length_is_413_too()
    {
        var response = await Owner.PostAsync(Innovations, new ChunkedContent(OneMiB + 1));

        await Expect.ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "payload_too_large");
    }

    [Fact]
    public async Task A_chunked_body_within_the_limit_is_read_as_usual()
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(Body(), Json);
        using var content = new StreamContent(new MemoryStream(json));
        content.Headers.ContentType = new("application/json");
        content.Headers.ContentLength = null;
        using var request = new HttpRequestMessage(HttpMethod.Post, Innovations) { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await Owner.SendAsync(request);

        await Expect.StatusAsync(response, HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_body_just_under_1_MiB_is_read_and_judged_on_its_content()
    {
        var body = Body();
        var json = JsonSerializer.Serialize(body, Json);
        body["summary"] = new string('x', OneMiB - json.Length - 100);
        using var content = new StringContent(JsonSerializer.Serialize(body, Json), Encoding.UTF8, "application/json");

        var response = await Owner.PostAsync(Innovations, content);

        await Expect.ValidationProblemAsync(response, "summary");
    }

    [Theory]
    [InlineData("/api/v1/agencies?pageSize=101")]
    [InlineData("/api/v1/innovations?pageSize=1000000")]
    [InlineData("/api/v1/hubs?pageSize=0")]
    [InlineData("/api/v1/replication-requests?pageSize=101")]
    [InlineData("/api/v1/hub-candidacies?pageSize=101")]
    [InlineData("/api/v1/api-clients?pageSize=101")]
    [InlineData("/api/v1/audit?pageSize=101")]
    [InlineData("/api/v1/events?limit=1001")]
    public async Task Page_sizes_are_capped(string path)
    {
        var response = await Ministry.GetAsync(path);

        await Expect.ProblemAsync(response, HttpStatusCode.BadRequest, "validation");
    }

    [Fact]
    public async Task The_largest_page_holds_at_most_100_items()
    {
        var page = await Anonymous.GetFromJsonAsync<JsonElement>("/api/v1/agencies?pageSize=100", Json);

        Assert.Equal(100, page.GetProperty("items").GetArrayLength());
        Assert.NotEqual(JsonValueKind.Null, page.GetProperty("nextCursor").ValueKind);
    }

    [Theory]
    [InlineData("/api/v1/innovations?q=", 201, "q")]
    [InlineData("/api/v1/agencies?q=", 101, "q")]
    [InlineData("/api/v1/agencies?cursor=", 600, "cursor")]
    [InlineData("/api/v1/innovations?cursor=", 600, "cursor")]
    public async Task Search_terms_and_cursors_are_bounded(string path, int length, string field)
    {
        var response = await Anonymous.GetAsync(path + new string('a', length));

        await Expect.ValidationProblemAsync(response, field);
    }

    [Fact]
    public async Task A_query_string_over_2048_characters_is_400()
    {
        var response = await Anonymous.GetAsync("/api/v1/provinces?x=" + new string('a', 2100));

        await Expect.ValidationProblemAsync(response, "query");
    }

    [Theory]
    [InlineData("title", 201)]
    [InlineData("unitName", 201)]
    [InlineData("summary", 1001)]
    [InlineData("problem", 4001)]
    [InlineData("solution", 4001)]
    [InlineData("novelty", 4001)]
    [InlineData("impact", 4001)]
    public async Task Strings_in_bodies_are_bounded(string field, int length)
    {
        var body = Body();
        body[field] = new string('a', length);

        var response = await Owner.PostAsJsonAsync(Innovations, body, Json);

        await Expect.ValidationProblemAsync(response, field);
    }

    [Fact]
    public async Task Lists_in_bodies_are_bounded()
    {
        var body = Body();
        body["evidenceLinks"] = Enumerable.Range(0, 11).Select(i => $"https://surabaya.go.id/bukti/{i}").ToArray();

        var response = await Owner.PostAsJsonAsync(Innovations, body, Json);

        await Expect.ValidationProblemAsync(response, "evidenceLinks");
    }

    [Fact]
    public async Task Deeply_nested_json_is_refused_without_a_failure()
    {
        var nested = new string('[', 200) + new string(']', 200);
        using var content = new StringContent(nested, Encoding.UTF8, "application/json");

        var response = await Owner.PostAsync(Innovations, content);

        await Expect.ProblemAsync(response, HttpStatusCode.BadRequest, "validation");
    }

    [Theory]
    [InlineData("Idempotency-Key", 256, HttpStatusCode.BadRequest)]
    [InlineData("X-Api-Key", 10_000, HttpStatusCode.Unauthorized)]
    public async Task Oversized_headers_are_refused(string header, int length, HttpStatusCode status)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Innovations) { Content = JsonContent.Create(Body(), options: Json) };
        request.Headers.TryAddWithoutValidation(header, new string('k', length));

        var response = await Owner.SendAsync(request);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public void Kestrel_bounds_bodies_request_lines_and_headers_on_the_wire_and_sends_no_server_banner()
    {
        var kestrel = Factory.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value;

        Assert.Equal(OneMiB, kestrel.Limits.MaxRequestBodySize);
        Assert.Equal(8 * 1024, kestrel.Limits.MaxRequestLineSize);
        Assert.Equal(32 * 1024, kestrel.Limits.MaxRequestHeadersTotalSize);
        Assert.Equal(64, kestrel.Limits.MaxRequestHeaderCount);
        Assert.False(kestrel.AddServerHeader);
    }

    /// <summary>A body sent in chunks without Content-Length.</summary>
    private sealed class ChunkedContent : HttpContent
    {
        private readonly int _length;

        public ChunkedContent(int length)
        {
            _length = length;
            Headers.ContentType = new("application/json");
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            var chunk = Encoding.UTF8.GetBytes(new string(' ', 64 * 1024));
            for (var sent = 0; sent < _length; sent += chunk.Length)
            {
                await stream.WriteAsync(chunk.AsMemory(0, Math.Min(chunk.Length, _length - sent)));
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}

/// <summary>
/// OWASP API4:2023, the rate limits: per API client and per address for anonymous callers, with
/// 429 <c>rate_limited</c>, <c>Retry-After</c> and the RateLimit headers (low limits of their own).
/// </summary>
public sealed class API4_RateLimitingTests(LowLimitsFactory factory) : SecurityFactoryTest<LowLimitsFactory>(factory)
{
    [Fact]
    public async Task A_client_over_its_limit_gets_429_rate_limited_with_Retry_After_and_RateLimit_headers()
    {
        var (_, _, client) = await ClientAsync(ApiClientRole.Reader);

        for (var i = 1; i <= LowLimitsFactory.PerClient; i++)
        {
            var admitted = await client.GetAsync("/api/v1/sectors");
            await Expect.StatusAsync(admitted, HttpStatusCode.OK);
            Assert.Equal(LowLimitsFactory.PerClient.ToString(CultureInfo.InvariantCulture), Header(admitted, "RateLimit-Limit"));
            Assert.Equal((LowLimitsFactory.PerClient - i).ToString(CultureInfo.InvariantCulture), Header(admitted, "RateLimit-Remaining"));
        }

        var refused = await client.GetAsync("/api/v1/sectors");

        await Expect.ProblemAsync(refused, HttpStatusCode.TooManyRequests, "rate_limited");
        var retryAfter = int.Parse(Header(refused, "Retry-After")!, CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 60);
        Assert.Equal(LowLimitsFactory.PerClient.ToString(CultureInfo.InvariantCulture), Header(refused, "RateLimit-Limit"));
        Assert.Equal("0", Header(refused, "RateLimit-Remaining"));
        Assert.Equal(retryAfter.ToString(CultureInfo.InvariantCulture), Header(refused, "RateLimit-Reset"));
    }

    [Fact]
    public async Task Each_client_has_its_own_limit()
    {
        var (_, _, greedy) = await ClientAsync(ApiClientRole.Reader);
        var (_, _, other) = await ClientAsync(ApiClientRole.Reader);
        for (var i = 0; i < LowLimitsFactory.PerClient; i++)
        {
            await greedy.GetAsync("/api/v1/sectors");
        }

        await Expect.ProblemAsync(await greedy.GetAsync("/api/v1/sectors"), HttpStatusCode.TooManyRequests, "rate_limited");
        await Expect.StatusAsync(await other.GetAsync("/api/v1/sectors"), HttpStatusCode.OK);
    }

    [Fact]
    public async Task Anonymous_callers_are_limited_per_address()
    {
        for (var i = 0; i < LowLimitsFactory.PerAddress; i++)
        {
            await Expect.StatusAsync(await FromAddressAsync("203.0.113.10", "/api/v1/sectors"), HttpStatusCode.OK);
        }

        var refused = await FromAddressAsync("203.0.113.10", "/api/v1/sectors");

        await Expect.ProblemAsync(refused, HttpStatusCode.TooManyRequests, "rate_limited");
        Assert.Equal(LowLimitsFactory.PerAddress.ToString(CultureInfo.InvariantCulture), Header(refused, "RateLimit-Limit"));
        Assert.NotNull(Header(refused, "Retry-After"));
        await Expect.StatusAsync(await FromAddressAsync("203.0.113.11", "/api/v1/sectors"), HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_client_is_limited_by_its_key_not_by_its_address()
    {
        var (_, key, _) = await ClientAsync(ApiClientRole.Reader);
        for (var i = 0; i < LowLimitsFactory.PerAddress; i++)
        {
            await FromAddressAsync("203.0.113.20", "/api/v1/sectors");
        }

        // The address's anonymous allowance is used up; the client behind it still has its own.
        await Expect.ProblemAsync(await FromAddressAsync("203.0.113.20", "/api/v1/sectors"), HttpStatusCode.TooManyRequests, "rate_limited");
        await Expect.StatusAsync(await FromAddressAsync("203.0.113.20", "/api/v1/sectors", key), HttpStatusCode.OK);
    }

    [Fact]
    public async Task Guessing_keys_is_limited_per_address()
    {
        for (var i = 0; i < LowLimitsFactory.PerAddress; i++)
        {
            await Expect.ProblemAsync(await FromAddressAsync("203.0.113.30", "/api/v1/sectors", $"jipp_guess-{i}"), HttpStatusCode.Unauthorized, "unauthenticated");
        }

        await Expect.ProblemAsync(await FromAddressAsync("203.0.113.30", "/api/v1/sectors", "jipp_guess-again"), HttpStatusCode.TooManyRequests, "rate_limited");
    }

    [Fact]
    public async Task The_liveness_probe_is_never_limited()
    {
        for (var i = 0; i < LowLimitsFactory.PerAddress * 3; i++)
        {
            await Expect.StatusAsync(await FromAddressAsync("203.0.113.40", "/health/live"), HttpStatusCode.OK);
        }
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.Single() : null;
}
