using System.Net.Http.Json;
using System.Text.Json;
using Jipp.Api.Tests.Infrastructure;

namespace Jipp.Api.Tests;

public sealed class InnovationSearchTests(ApiFactory factory) : InnovationTest(factory)
{
    [Fact]
    public async Task Searching_izin_finds_Perizinan_Online_by_stemming()
    {
        var perizinan = await InStateAsync("published", Body(title: "Perizinan Online"));
        var other = Body(title: "Posyandu Digital", sector: "health");
        other["summary"] = "Pencatatan tumbuh kembang balita secara digital.";
        other["problem"] = "Data balita tercatat di buku kertas.";
        other["solution"] = "Kader mencatat di aplikasi.";
        await InStateAsync("published", other);

        var found = await Anonymous.GetFromJsonAsync<JsonElement>($"{Innovations}?q=izin", Json);
        var health = await Anonymous.GetFromJsonAsync<JsonElement>($"{Innovations}?q=balita", Json);

        var hit = Assert.Single(found.GetProperty("items").EnumerateArray());
        Assert.Equal(perizinan, hit.GetProperty("id").GetGuid());
        Assert.Equal("Posyandu Digital", Assert.Single(health.GetProperty("items").EnumerateArray()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_title_match_ranks_above_a_match_in_the_problem_text()
    {
        var inProblem = Body(title: "Layanan Terpadu Satu Pintu", sector: "investment");
        inProblem["summary"] = "Pelayanan satu pintu.";
        inProblem["problem"] = "Warga mengeluhkan sampah menumpuk di depan kantor.";
        var inTitle = Body(title: "Bank Sampah Digital", sector: "environment");
        var first = await InStateAsync("published", inProblem);
        var second = await InStateAsync("published", inTitle);

        var found = await Anonymous.GetFromJsonAsync<JsonElement>($"{Innovations}?q=sampah", Json);

        Assert.Equal([second, first], found.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
    }

    [Fact]
    public async Task Search_only_finds_what_the_caller_may_see()
    {
        await InStateAsync("draft", Body(title: "Perizinan Rahasia"));

        var anonymous = await Anonymous.GetFromJsonAsync<JsonElement>($"{Innovations}?q=perizinan", Json);
        var owner = await Owner.GetFromJsonAsync<JsonElement>($"{Innovations}?q=perizinan", Json);

        Assert.Empty(anonymous.GetProperty("items").EnumerateArray());
        Assert.Single(owner.GetProperty("items").EnumerateArray());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Paging_a_filtered_list_returns_every_match_once(bool search)
    {
        var expected = new HashSet<Guid>();
        for (var i = 0; i < 23; i++)
        {
            var body = Body(title: $"Perizinan Online Kelurahan {i}", sector: "investment");
            body["summary"] = string.Join(' ', Enumerable.Repeat("perizinan", 1 + (i % 4)));
            expected.Add(await InStateAsync("published", body));
        }

        await InStateAsync("published", Body(title: "Perizinan Kesehatan", sector: "health"));
        await InStateAsync("draft", Body(title: "Perizinan Draft", sector: "investment"));

        var seen = new List<Guid>();
        string? cursor = null;
        var query = search ? "q=perizinan&sector=investment" : "sector=investment&provinceCode=35";
        do
        {
            var url = $"{Innovations}?{query}&pageSize=5" + (cursor is null ? string.Empty : $"&cursor={Uri.EscapeDataString(cursor)}");
            var page = await Anonymous.GetFromJsonAsync<JsonElement>(url, Json);
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);

        Assert.Equal(expected.Count, seen.Count);
        Assert.True(expected.SetEquals(seen));
    }

    [Fact]
    public async Task Lists_are_newest_first_and_filter_by_every_field()
    {
        var older = await InStateAsync("published");
        var trial = Body(title: "Uji Coba", sector: "health");
        trial["maturityStage"] = "trial";
        trial["replicable"] = false;
        trial["startedOn"] = "2020-03-01";
        trial.Remove("implementedOn");
        var newer = await InStateAsync("published", trial);

        async Task<List<Guid>> Ids(string query) =>
            (await Anonymous.GetFromJsonAsync<JsonElement>($"{Innovations}?{query}", Json)).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();

        Assert.Equal([newer, older], await Ids("provinceCode=35"));
        Assert.Equal([newer, older], await Ids("regencyCode=35.78"));
        Assert.Equal([newer, older], await Ids($"agencyId={SurabayaId}"));
        Assert.Equal([newer, older], await Ids($"hubId={JatimHubId}"));
        Assert.Equal([newer], await Ids("sector=health"));
        Assert.Equal([newer], await Ids("maturityStage=trial"));
        Assert.Equal([older], await Ids("replicable=true"));
        Assert.Equal([newer], await Ids("startedFrom=2020-01-01&startedTo=2020-12-31"));
        Assert.Equal([older], await Ids("startedFrom=2021-01-01"));
        Assert.Equal([newer, older], await Ids("state=published"));
        Assert.Empty(await Ids("provinceCode=51"));
    }

    [Fact]
    public async Task A_search_cursor_cannot_be_used_for_a_plain_list()
    {
        for (var i = 0; i < 3; i++)
        {
            await InStateAsync("published", Body(title: $"Perizinan {i}"));
        }

        var page = await Anonymous.GetFromJsonAsync<JsonElement>($"{Innovations}?q=perizinan&pageSize=1", Json);
        var cursor = page.GetProperty("nextCursor").GetString()!;

        var response = await Anonymous.GetAsync($"{Innovations}?pageSize=1&cursor={Uri.EscapeDataString(cursor)}");

        await Expect.ValidationProblemAsync(response, "cursor");
    }
}
