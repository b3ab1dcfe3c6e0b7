using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jipp.Api.Tests.Infrastructure;

namespace Jipp.Api.Tests;

public sealed class ReferenceDataTests(ApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task Provinces_lists_all_38_with_codes_names_and_hubs()
    {
        var body = await Anonymous.GetFromJsonAsync<JsonElement>($"{V1}/provinces", Json);

        var items = body.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(38, items.Count);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("nextCursor").ValueKind);
        var jatim = items.Single(p => p.GetProperty("code").GetString() == "35");
        Assert.Equal("Jawa Timur", jatim.GetProperty("name").GetString());
        Assert.Equal("Jatim", jatim.GetProperty("shortName").GetString());
        Assert.Equal("35", jatim.GetProperty("bpsCode").GetString());
        Assert.Equal(JsonValueKind.String, jatim.GetProperty("hubId").ValueKind);
        var papua = items.Single(p => p.GetProperty("code").GetString() == "91");
        Assert.Equal("94", papua.GetProperty("bpsCode").GetString());
        Assert.Equal(15, items.Count(p => p.GetProperty("hubId").ValueKind == JsonValueKind.String));
    }

    [Fact]
    public async Task Province_detail_counts_its_regencies_and_cities()
    {
        var jatim = await Anonymous.GetFromJsonAsync<JsonElement>($"{V1}/provinces/35", Json);

        Assert.Equal("Jawa Timur", jatim.GetProperty("name").GetString());
        Assert.Equal(29, jatim.GetProperty("regencyCount").GetInt32());
        Assert.Equal(9, jatim.GetProperty("cityCount").GetInt32());
    }

    [Fact]
    public async Task Regencies_of_Jawa_Timur_are_29_regencies_and_9_cities()
    {
        var body = await Anonymous.GetFromJsonAsync<JsonElement>($"{V1}/provinces/35/regencies", Json);

        var items = body.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(38, items.Count);
        Assert.Equal(29, items.Count(r => r.GetProperty("kind").GetString() == "regency"));
        Assert.Equal(9, items.Count(r => r.GetProperty("kind").GetString() == "city"));
        var surabaya = items.Single(r => r.GetProperty("code").GetString() == "35.78");
        Assert.Equal("Kota Surabaya", surabaya.GetProperty("name").GetString());
        Assert.All(items, r => Assert.StartsWith("35.", r.GetProperty("code").GetString(), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/provinces/99")]
    [InlineData("/provinces/99/regencies")]
    [InlineData("/provinces/jatim")]
    public async Task Unknown_province_is_a_404_problem(string path)
    {
        var response = await Anonymous.GetAsync(V1 + path);

        await Expect.ProblemAsync(response, HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task Sectors_lists_the_32_affairs_in_the_order_of_the_law()
    {
        var body = await Anonymous.GetFromJsonAsync<JsonElement>($"{V1}/sectors", Json);

        var items = body.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(32, items.Count);
        var first = items[0];
        Assert.Equal("education", first.GetProperty("code").GetString());
        Assert.Equal("Education", first.GetProperty("name").GetString());
        Assert.Equal("Pendidikan", first.GetProperty("nameId").GetString());
        Assert.Equal("basic-service", first.GetProperty("group").GetString());
        Assert.Equal(32, items.Select(s => s.GetProperty("code").GetString()).Distinct().Count());
    }

    [Theory]
    [InlineData("/provinces")]
    [InlineData("/provinces/35")]
    [InlineData("/sectors")]
    [InlineData("/provinces/99")]
    [InlineData("/no-such-route")]
    public async Task Every_response_carries_api_supported_versions(string path)
    {
        var response = await Anonymous.GetAsync(V1 + path);

        Assert.True(response.Headers.TryGetValues("api-supported-versions", out var values), $"no header on {path}");
        Assert.Contains("1.0", string.Join(",", values));
    }

    [Theory]
    [InlineData("/api/v1/no-such-route")]
    [InlineData("/api/v2/provinces")]
    [InlineData("/nothing-here")]
    public async Task Unknown_routes_and_versions_answer_404_problems(string path)
    {
        var response = await Anonymous.GetAsync(path);

        await Expect.ProblemAsync(response, HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task A_method_a_route_does_not_take_answers_405_problem()
    {
        var response = await Anonymous.DeleteAsync($"{V1}/provinces");

        await Expect.ProblemAsync(response, HttpStatusCode.MethodNotAllowed, "method_not_allowed");
    }
}
