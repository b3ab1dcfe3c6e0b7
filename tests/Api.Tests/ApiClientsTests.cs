using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jipp.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Api.Tests;

public sealed class ApiClientsTests(ApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task Created_client_gets_a_long_random_key_once_and_it_is_stored_only_as_a_hash()
    {
        var agencyId = await ProvincialGovernmentIdAsync("35");

        var created = await CreateApiClientAsync("agency", agencyId);

        var key = created.GetProperty("key").GetString()!;
        Assert.StartsWith("jipp_", key, StringComparison.Ordinal);
        Assert.True(key.Length >= 5 + 43, "a key carries at least 256 random bits");
        Assert.Equal("agency", created.GetProperty("role").GetString());
        Assert.Equal(agencyId, created.GetProperty("agencyId").GetGuid());
        var id = created.GetProperty("id").GetGuid();
        var stored = await Factory.WithDbAsync(db => db.ApiClients.SingleAsync(c => c.Id == id));
        Assert.Equal(32, stored.KeyHash.Length);
        Assert.DoesNotContain(key, await Factory.WithDbAsync(db => db.ApiClients.Select(c => c.KeyPrefix).ToListAsync()));

        var listed = await Ministry.GetStringAsync($"{V1}/api-clients?pageSize=100");
        var single = await Ministry.GetStringAsync($"{V1}/api-clients/{id}");
        Assert.DoesNotContain(key, listed, StringComparison.Ordinal);
        Assert.DoesNotContain("\"key\"", listed, StringComparison.Ordinal);
        Assert.DoesNotContain(key, single, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_clients_never_share_a_key()
    {
        var first = await CreateApiClientAsync("reader");
        var second = await CreateApiClientAsync("reader");

        Assert.NotEqual(first.GetProperty("key").GetString(), second.GetProperty("key").GetString());
    }

    [Fact]
    public async Task A_new_key_authenticates_with_its_role()
    {
        var reader = await ClientWithRoleAsync("reader");

        var allowed = await reader.GetAsync($"{V1}/provinces");
        var forbidden = await reader.GetAsync($"{V1}/api-clients");

        await Expect.StatusAsync(allowed, HttpStatusCode.OK);
        await Expect.ProblemAsync(forbidden, HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task Revoked_key_answers_401_everywhere_and_revoking_again_is_harmless()
    {
        var created = await CreateApiClientAsync("ministry");
        var id = created.GetProperty("id").GetGuid();
        var client = Factory.CreateClient(created.GetProperty("key").GetString());
        await Expect.StatusAsync(await client.GetAsync($"{V1}/api-clients"), HttpStatusCode.OK);

        await Expect.StatusAsync(await Ministry.DeleteAsync($"{V1}/api-clients/{id}"), HttpStatusCode.NoContent);

        await Expect.ProblemAsync(await client.GetAsync($"{V1}/api-clients"), HttpStatusCode.Unauthorized, "unauthenticated");
        await Expect.ProblemAsync(await client.GetAsync($"{V1}/provinces"), HttpStatusCode.Unauthorized, "unauthenticated");
        var revoked = await Ministry.GetFromJsonAsync<JsonElement>($"{V1}/api-clients/{id}", Json);
        var revokedAt = revoked.GetProperty("revokedAt").GetString();
        Assert.NotNull(revokedAt);
        Assert.EndsWith("Z", revokedAt, StringComparison.Ordinal);

        await Expect.StatusAsync(await Ministry.DeleteAsync($"{V1}/api-clients/{id}"), HttpStatusCode.NoContent);
        var again = await Ministry.GetFromJsonAsync<JsonElement>($"{V1}/api-clients/{id}", Json);
        Assert.Equal(revokedAt, again.GetProperty("revokedAt").GetString());
    }

    [Fact]
    public async Task Revoking_an_unknown_client_is_404()
    {
        var response = await Ministry.DeleteAsync($"{V1}/api-clients/{Guid.CreateVersion7()}");

        await Expect.ProblemAsync(response, HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task Clients_are_listed_in_creation_order_and_paged()
    {
        for (var i = 0; i < 3; i++)
        {
            await CreateApiClientAsync("reader");
        }

        var first = await Ministry.GetFromJsonAsync<JsonElement>($"{V1}/api-clients?pageSize=2", Json);
        var cursor = first.GetProperty("nextCursor").GetString();
        var second = await Ministry.GetFromJsonAsync<JsonElement>($"{V1}/api-clients?pageSize=2&cursor={Uri.EscapeDataString(cursor!)}", Json);
        var readers = await Ministry.GetFromJsonAsync<JsonElement>($"{V1}/api-clients?role=reader", Json);

        // The bootstrap administrator and three readers.
        var ids = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).Select(c => c.GetProperty("id").GetGuid()).ToList();
        Assert.Equal(4, ids.Count);
        Assert.Equal(4, ids.Distinct().Count());
        Assert.Equal(JsonValueKind.Null, second.GetProperty("nextCursor").ValueKind);
        Assert.Equal(3, readers.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Hub_client_acts_for_an_existing_hub()
    {
        var hubId = await AnyHubIdAsync();

        var created = await CreateApiClientAsync("hub", hubId: hubId);

        Assert.Equal(hubId, created.GetProperty("hubId").GetGuid());
        Assert.Equal(JsonValueKind.Null, created.GetProperty("agencyId").ValueKind);
    }

    public static TheoryData<object, string> InvalidClients => new()
    {
        { new { name = "no scope", role = "agency" }, "agencyId" },
        { new { name = "no scope", role = "hub" }, "hubId" },
        { new { name = "unknown agency", role = "agency", agencyId = Guid.CreateVersion7() }, "agencyId" },
        { new { name = "unknown hub", role = "hub", hubId = Guid.CreateVersion7() }, "hubId" },
        { new { name = "scoped reader", role = "reader", agencyId = Guid.CreateVersion7() }, "agencyId" },
        { new { name = "", role = "reader" }, "name" },
        { new { name = "bad role", role = "superuser" }, "role" },
        { new { name = "server field", role = "reader", key = "jipp_mine" }, "key" },
        { new { name = "server field", role = "reader", revokedAt = "2020-01-01T00:00:00Z" }, "revokedAt" },
    };

    [Theory]
    [MemberData(nameof(InvalidClients))]
    public async Task Invalid_clients_are_400_and_create_nothing(object body, string field)
    {
        var before = await Factory.WithDbAsync(db => db.ApiClients.CountAsync());

        var response = await Ministry.PostAsJsonAsync($"{V1}/api-clients", body, Json);

        await Expect.ValidationProblemAsync(response, field);
        Assert.Equal(before, await Factory.WithDbAsync(db => db.ApiClients.CountAsync()));
    }

    [Theory]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("role=root", "role")]
    [InlineData("cursor=bad", "cursor")]
    public async Task Bad_list_parameters_are_400(string query, string field)
    {
        var response = await Ministry.GetAsync($"{V1}/api-clients?{query}");

        await Expect.ValidationProblemAsync(response, field);
    }
}

public sealed class ApiClientKeyReplayTests(ApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task A_replayed_creation_never_shows_the_key_again_and_the_key_is_not_kept()
    {
        async Task<HttpResponseMessage> CreateAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"{V1}/api-clients") { Content = JsonContent.Create(new { name = "sistem pelaporan", role = "reader" }) };
            request.Headers.Add("Idempotency-Key", "klien-1");
            return await Ministry.SendAsync(request);
        }

        var first = await (await CreateAsync()).Content.ReadFromJsonAsync<JsonElement>(Json);
        var replay = await CreateAsync();
        var replayed = await replay.Content.ReadFromJsonAsync<JsonElement>(Json);

        var key = first.GetProperty("key").GetString()!;
        Assert.Equal("true", Assert.Single(replay.Headers.GetValues("Idempotency-Replayed")));
        Assert.Equal(first.GetProperty("id").GetGuid(), replayed.GetProperty("id").GetGuid());
        Assert.False(replayed.TryGetProperty("key", out _));
        var kept = await Factory.WithDbAsync(db => db.Database.SqlQueryRaw<string>("SELECT convert_from(response_body, 'UTF8') AS \"Value\" FROM idempotency_keys").ToListAsync());
        Assert.DoesNotContain(kept, body => body.Contains(key, StringComparison.Ordinal));
    }
}
