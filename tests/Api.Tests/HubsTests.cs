using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jipp.Api.Tests.Infrastructure;

namespace Jipp.Api.Tests;

public sealed class HubsTests(ApiFactory factory) : ApiTest(factory)
{
    private static readonly string[] DesignatedProvinces = ["35", "16", "73", "33", "13", "19", "63", "75", "14", "61", "51", "81", "36", "12", "53"];

    [Fact]
    public async Task Hubs_lists_the_15_designated_hubs_each_hosted_by_its_provincial_government()
    {
        var body = await Anonymous.GetFromJsonAsync<JsonElement>($"{V1}/hubs?pageSize=100", Json);

        var hubs = body.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(15, hubs.Count);
        Assert.Equal(DesignatedProvinces.Order(), hubs.Select(h => h.GetProperty("provinceCode").GetString()!).Order());
        foreach (var hub in hubs)
        {
            var host = await Anonymous.GetFromJsonAsync<JsonElement>($"{V1}/agencies/{hub.GetProperty("agencyId").GetGuid()}", Json);
            Assert.Equal("provincialGovernment", host.GetProperty("type").GetString());
            Assert.Equal(hub.GetProperty("provinceCode").GetString(), host.GetProperty("provinceCode").GetString());
            Assert.Equal("active", hub.GetProperty("status").GetString());
        }
    }

    [Fact]
    public async Task Hubs_are_listed_in_designation_order_with_their_decrees()
    {
        var body = await Anonymous.GetFromJsonAsync<JsonElement>($"{V1}/hubs?pageSize=100", Json);

        var hubs = body.GetProperty("items").EnumerateArray().ToList();
        var years = hubs.Select(h => h.GetProperty("designationYear").GetInt32()).ToList();
        Assert.Equal(years.Order(), years);
        Assert.Equal(8, years.Count(y => y == 2020));
        Assert.Equal(4, years.Count(y => y == 2021));
        Assert.Equal(3, years.Count(y => y == 2022));
        var jatim = hubs.Single(h => h.GetProperty("provinceCode").GetString() == "35");
        Assert.Equal("KepmenPANRB 94/2020", jatim.GetProperty("decreeNumber").GetString());
    }

    [Fact]
    public async Task Hubs_filter_by_designation_year_and_status()
    {
        var of2021 = await Anonymous.GetFromJsonAsync<JsonElement>($"{V1}/hubs?designationYear=2021", Json);
        var inactive = await Anonymous.GetFromJsonAsync<JsonElement>($"{V1}/hubs?status=inactive", Json);

        Assert.Equal(["14", "51", "61", "81"], of2021.GetProperty("items").EnumerateArray().Select(h => h.GetProperty("provinceCode").GetString()).Order());
        Assert.Empty(inactive.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Hubs_page_by_cursor_without_duplicates_or_gaps()
    {
        var seen = new List<Guid>();
        string? cursor = null;
        do
        {
            var url = $"{V1}/hubs?pageSize=4" + (cursor is null ? string.Empty : $"&cursor={Uri.EscapeDataString(cursor)}");
            var page = await Anonymous.GetFromJsonAsync<JsonElement>(url, Json);
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(h => h.GetProperty("id").GetGuid()));
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);

        Assert.Equal(15, seen.Count);
        Assert.Equal(15, seen.Distinct().Count());
    }

    [Fact]
    public async Task Hub_detail_matches_the_province_hub_id()
    {
        var province = await Anonymous.GetFromJsonAsync<JsonElement>($"{V1}/provinces/73", Json);
        var hubId = province.GetProperty("hubId").GetGuid();

        var hub = await Anonymous.GetFromJsonAsync<JsonElement>($"{V1}/hubs/{hubId}", Json);

        Assert.Equal("73", hub.GetProperty("provinceCode").GetString());
        Assert.Equal(2020, hub.GetProperty("designationYear").GetInt32());
        Assert.Empty(hub.GetProperty("partners").EnumerateArray());
    }

    [Theory]
    [InlineData("/hubs/0195e1a2-0000-7000-8000-000000000000")]
    [InlineData("/hubs/not-a-uuid")]
    public async Task Unknown_hub_is_a_404_problem(string path)
    {
        var response = await Anonymous.GetAsync(V1 + path);

        await Expect.ProblemAsync(response, HttpStatusCode.NotFound, "not_found");
    }

    [Theory]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("status=closed", "status")]
    [InlineData("designationYear=abc", "designationYear")]
    [InlineData("cursor=not-a-cursor", "cursor")]
    public async Task Bad_hub_list_parameters_are_400(string query, string field)
    {
        var response = await Anonymous.GetAsync($"{V1}/hubs?{query}");

        await Expect.ValidationProblemAsync(response, field);
    }
}
