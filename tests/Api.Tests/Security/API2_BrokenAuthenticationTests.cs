using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jipp.Api.Tests.Infrastructure;
using Jipp.Domain.ApiClients;
using Jipp.Infrastructure.Security;

namespace Jipp.Api.Tests.Security;

/// <summary>
/// OWASP API2:2023 Broken Authentication: only a valid, unrevoked key in the <c>X-Api-Key</c>
/// header authenticates; keys are long random secrets, compared in constant time, shown once.
/// </summary>
public sealed class API2_BrokenAuthenticationTests(ApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task A_revoked_key_is_refused_from_the_next_request_on_everywhere()
    {
        var created = await CreateApiClientAsync("reader");
        var client = Factory.CreateClient(created.GetProperty("key").GetString());
        await Expect.StatusAsync(await client.GetAsync($"{V1}/events"), HttpStatusCode.OK);

        await Expect.StatusAsync(await Ministry.DeleteAsync($"{V1}/api-clients/{created.GetProperty("id").GetGuid()}"), HttpStatusCode.NoContent);

        await Expect.ProblemAsync(await client.GetAsync($"{V1}/events"), HttpStatusCode.Unauthorized, "unauthenticated");
        await Expect.ProblemAsync(await client.GetAsync($"{V1}/provinces"), HttpStatusCode.Unauthorized, "unauthenticated");
        await Expect.ProblemAsync(await client.GetAsync("/health/ready"), HttpStatusCode.Unauthorized, "unauthenticated");
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("jipp_")]
    [InlineData("Bearer jipp_x")]
    [InlineData("jipp_test-bootstrap-admin-key-0123456789abcde")]
    [InlineData("JIPP_TEST-BOOTSTRAP-ADMIN-KEY-0123456789ABCDEF")]
    [InlineData("jipp_test-bootstrap-admin-key-0123456789abcdef ")]
    public async Task Keys_that_are_almost_right_are_401(string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{V1}/api-clients");
        request.Headers.TryAddWithoutValidation(ClientClaims.HeaderName, key);

        var response = await Anonymous.SendAsync(request);

        await Expect.ProblemAsync(response, HttpStatusCode.Unauthorized, "unauthenticated");
    }

    [Fact]
    public async Task Two_key_headers_are_401_even_if_one_is_valid()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{V1}/api-clients");
        request.Headers.TryAddWithoutValidation(ClientClaims.HeaderName, [ApiFactory.AdminKey, "jipp_other"]);

        var response = await Anonymous.SendAsync(request);

        await Expect.ProblemAsync(response, HttpStatusCode.Unauthorized, "unauthenticated");
    }

    [Theory]
    [InlineData("?X-Api-Key=")]
    [InlineData("?api_key=")]
    [InlineData("?apiKey=")]
    public async Task A_key_in_the_query_string_authenticates_nobody(string parameter)
    {
        var response = await Anonymous.GetAsync($"{V1}/api-clients{parameter}{Uri.EscapeDataString(ApiFactory.AdminKey)}");

        await Expect.ProblemAsync(response, HttpStatusCode.Unauthorized, "unauthenticated");
    }

    [Fact]
    public async Task A_key_in_an_authorization_header_or_cookie_authenticates_nobody()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{V1}/api-clients");
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + ApiFactory.AdminKey);
        request.Headers.TryAddWithoutValidation("Cookie", "X-Api-Key=" + ApiFactory.AdminKey);

        var response = await Anonymous.SendAsync(request);

        await Expect.ProblemAsync(response, HttpStatusCode.Unauthorized, "unauthenticated");
    }

    [Fact]
    public async Task Keys_are_256_random_bits_shown_once_and_never_again()
    {
        var first = await CreateApiClientAsync("reader");
        var second = await CreateApiClientAsync("reader");
        var key = first.GetProperty("key").GetString()!;

        Assert.StartsWith("jipp_", key, StringComparison.Ordinal);
        Assert.Equal(32, Convert.FromBase64String(ToBase64(key["jipp_".Length..])).Length);
        Assert.NotEqual(key, second.GetProperty("key").GetString());

        var read = await Ministry.GetStringAsync($"{V1}/api-clients/{first.GetProperty("id").GetGuid()}");
        var list = await Ministry.GetStringAsync($"{V1}/api-clients?pageSize=100");
        Assert.DoesNotContain(key, read, StringComparison.Ordinal);
        Assert.DoesNotContain(key, list, StringComparison.Ordinal);
        Assert.False(JsonSerializer.Deserialize<JsonElement>(read).TryGetProperty("key", out _));

        var stored = await Factory.WithDbAsync(db => Task.FromResult(db.ApiClients.Single(c => c.Id == first.GetProperty("id").GetGuid())));
        Assert.Equal(new ApiKeyService().Hash(key), stored.KeyHash);
    }

    [Fact]
    public void Keys_are_compared_by_their_whole_hash()
    {
        var keys = new ApiKeyService();
        var generated = keys.Generate();
        var other = (byte[])generated.Hash.Clone();
        other[^1] ^= 1;

        Assert.True(keys.Matches(generated.Key, generated.Hash));
        Assert.False(keys.Matches(generated.Key, other));
        Assert.False(keys.Matches(generated.Key, generated.Hash[..16]));
        Assert.False(keys.Matches(generated.Key + "x", generated.Hash));
    }

    private static string ToBase64(string base64Url)
    {
        var text = base64Url.Replace('-', '+').Replace('_', '/');
        return text.PadRight(text.Length + ((4 - (text.Length % 4)) % 4), '=');
    }
}

/// <summary>
/// OWASP API2:2023: a key's lookup is remembered for a few seconds (<c>Jipp:ApiKeyCacheSeconds</c>), so a
/// revocation takes effect within that time, and not later.
/// </summary>
public sealed class API2_KeyLookupCacheTests(KeyCacheFactory factory) : SecurityFactoryTest<KeyCacheFactory>(factory)
{
    [Fact]
    public async Task A_revoked_key_is_refused_once_its_remembered_lookup_expires()
    {
        var (id, _, client) = await ClientAsync(ApiClientRole.Reader);
        await Expect.StatusAsync(await client.GetAsync("/api/v1/events"), HttpStatusCode.OK);
        var ministry = Factory.CreateClient(ApiFactoryBase.AdminKey);
        await Expect.StatusAsync(await ministry.DeleteAsync($"/api/v1/api-clients/{id}"), HttpStatusCode.NoContent);

        // Within the documented bound the remembered lookup still stands...
        Factory.Clock.Advance(TimeSpan.FromSeconds(KeyCacheFactory.CacheSeconds - 1));
        await Expect.StatusAsync(await client.GetAsync("/api/v1/events"), HttpStatusCode.OK);

        // ...and once it has passed, the key is refused on every route.
        Factory.Clock.Advance(TimeSpan.FromSeconds(1));
        await Expect.ProblemAsync(await client.GetAsync("/api/v1/events"), HttpStatusCode.Unauthorized, "unauthenticated");
        await Expect.ProblemAsync(await client.GetAsync("/api/v1/provinces"), HttpStatusCode.Unauthorized, "unauthenticated");
    }
}

/// <summary>
/// OWASP API2:2023 and API8:2023: keys never reach the logs, not even through a failure, a refused
/// key or an idempotent retry.
/// </summary>
public sealed class API2_SecretsInLogsTests(ProductionSettingsFactory factory) : SecurityFactoryTest<ProductionSettingsFactory>(factory)
{
    [Fact]
    public async Task No_key_ever_appears_in_the_logs()
    {
        var ministry = Factory.CreateClient(ApiFactoryBase.AdminKey);
        var created = await ministry.PostAsJsonAsync("/api/v1/api-clients", new { name = "Dasbor Bappeda", role = "reader" }, Json);
        await Expect.StatusAsync(created, HttpStatusCode.Created);
        var key = (await created.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("key").GetString()!;
        var reader = Factory.CreateClient(key);
        var (_, agencyKey, agency) = await ClientAsync(ApiClientRole.Agency, agencyId: await ProvincialGovernmentIdAsync("35"));

        await reader.GetAsync("/api/v1/events");
        await reader.GetAsync("/api/v1/api-clients");
        await Factory.CreateClient("jipp_a-key-that-was-never-issued-0123456789").GetAsync("/api/v1/provinces");
        await Factory.CreateClient(FailingKeyService.FailingKey).GetAsync("/api/v1/provinces");
        using var retried = new HttpRequestMessage(HttpMethod.Post, "/api/v1/innovations") { Content = JsonContent.Create(InnovationBody("Layanan Tanpa Antre"), options: Json) };
        retried.Headers.Add("Idempotency-Key", "retry-1");
        await agency.SendAsync(retried);
        await ministry.PostAsJsonAsync("/api/v1/api-clients", new { name = "Klien kedua", role = "reader" }, Json);

        Assert.NotEmpty(Factory.Logs.Entries);
        Assert.Contains(Factory.Logs.Entries, e => e.Contains("Unhandled exception", StringComparison.Ordinal));
        foreach (var secret in new[] { ApiFactoryBase.AdminKey, key, agencyKey, "jipp_a-key-that-was-never-issued", FailingKeyService.FailingKey, key["jipp_".Length..], agencyKey["jipp_".Length..] })
        {
            Assert.DoesNotContain(Factory.Logs.Entries, e => e.Contains(secret, StringComparison.Ordinal));
        }
    }
}
