using System.Net;
using System.Net.Http.Json;
using System.Text;
using Jipp.Api.Tests.Infrastructure;
using Jipp.Infrastructure.Persistence.Seed;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Api.Tests;

/// <summary>Who may call each write route: anonymous callers get 401, roles that may not get 403, and nothing changes.</summary>
public sealed class AuthorizationTests(ApiFactory factory) : ApiTest(factory)
{
    public static TheoryData<string, string, string?> MinistryOnlyRoutes => new()
    {
        { "POST", "/agencies", """{"name":"Universitas Matrix","type":"university"}""" },
        { "POST", "/api-clients", """{"name":"matrix reader","role":"reader"}""" },
        { "GET", "/api-clients", null },
        { "GET", "/api-clients/{admin}", null },
        { "DELETE", "/api-clients/{admin}", null },
    };

    [Theory]
    [MemberData(nameof(MinistryOnlyRoutes))]
    public async Task Ministry_only_routes_refuse_anonymous_callers_with_401(string method, string path, string? body)
    {
        var before = await SnapshotAsync();

        var response = await SendAsync(Anonymous, method, path, body);

        await Expect.ProblemAsync(response, HttpStatusCode.Unauthorized, "unauthenticated");
        Assert.Contains("ApiKey", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Theory]
    [MemberData(nameof(MinistryOnlyRoutes))]
    public async Task Ministry_only_routes_refuse_every_other_role_with_403(string method, string path, string? body)
    {
        var callers = new[]
        {
            await ClientWithRoleAsync("reader"),
            await ClientWithRoleAsync("agency", agencyId: await ProvincialGovernmentIdAsync("35")),
            await ClientWithRoleAsync("hub", hubId: await AnyHubIdAsync()),
        };
        var before = await SnapshotAsync();

        foreach (var caller in callers)
        {
            var response = await SendAsync(caller, method, path, body);
            await Expect.ProblemAsync(response, HttpStatusCode.Forbidden, "forbidden");
        }

        Assert.Equal(before, await SnapshotAsync());
    }

    [Theory]
    [MemberData(nameof(MinistryOnlyRoutes))]
    public async Task Ministry_only_routes_serve_the_ministry(string method, string path, string? body)
    {
        var response = await SendAsync(Ministry, method, path, body);

        Assert.True(response.IsSuccessStatusCode, $"{method} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    [Theory]
    [InlineData("jipp_this-key-was-never-issued")]
    [InlineData("x")]
    public async Task Unknown_key_is_401_even_on_routes_open_to_anonymous_callers(string key)
    {
        var client = Factory.CreateClient(key);

        var response = await client.GetAsync($"{V1}/provinces");

        await Expect.ProblemAsync(response, HttpStatusCode.Unauthorized, "unauthenticated");
    }

    [Fact]
    public async Task Oversized_key_is_401_not_an_error()
    {
        var client = Factory.CreateClient(new string('k', 5000));

        var response = await client.GetAsync($"{V1}/provinces");

        await Expect.ProblemAsync(response, HttpStatusCode.Unauthorized, "unauthenticated");
    }

    [Fact]
    public async Task Reference_data_and_hubs_are_open_to_anonymous_callers()
    {
        foreach (var path in new[] { "/provinces", "/provinces/35", "/provinces/35/regencies", "/sectors", "/agencies", "/hubs" })
        {
            await Expect.StatusAsync(await Anonymous.GetAsync(V1 + path), HttpStatusCode.OK);
        }
    }

    [Fact]
    public async Task The_bootstrap_key_is_a_ministry_client()
    {
        var clients = await Ministry.GetFromJsonAsync<System.Text.Json.JsonElement>($"{V1}/api-clients", Json);

        var admin = Assert.Single(clients.GetProperty("items").EnumerateArray());
        Assert.Equal("ministry", admin.GetProperty("role").GetString());
        Assert.Equal(ApiFactory.AdminKey[..12], admin.GetProperty("keyPrefix").GetString());
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string path, string? body)
    {
        var adminId = SeedIds.BootstrapAdminClient;
        using var request = new HttpRequestMessage(new HttpMethod(method), V1 + path.Replace("{admin}", adminId.ToString(), StringComparison.Ordinal));
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        return await client.SendAsync(request);
    }

    private Task<string> SnapshotAsync() => Factory.WithDbAsync(async db =>
    {
        var agencies = await db.Agencies.CountAsync();
        var clients = await db.ApiClients.OrderBy(c => c.Id).Select(c => c.Id + ":" + c.RevokedAt).ToListAsync();
        return $"{agencies}|{string.Join(",", clients)}";
    });
}
