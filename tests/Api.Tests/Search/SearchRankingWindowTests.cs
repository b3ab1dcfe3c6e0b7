using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jipp.Api.Tests.Infrastructure;
using Jipp.Api.Tests.Security;
using Jipp.Domain.ApiClients;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Jipp.Api.Tests.Search;

/// <summary>
/// The service with a ranking window of four matches, so that a test can page past its end, and search ranges of
/// the newest two and five innovations, so that a search needs a wider attempt before it has its window.
/// </summary>
public sealed class SmallRankingWindowFactory : ApiFactoryBase
{
    public const int Window = 4;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Jipp:Search:RankingWindow", Window.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Jipp:Search:RangeDepths:0", "2");
        builder.UseSetting("Jipp:Search:RangeDepths:1", "5");
    }
}

public sealed class SearchRankingWindowTests(SmallRankingWindowFactory factory) : SecurityFactoryTest<SmallRankingWindowFactory>(factory)
{
    private const string Innovations = "/api/v1/innovations";

    [Fact]
    public async Task The_newest_matches_are_ranked_title_first_and_the_rest_follow_newest_first_each_once()
    {
        var agencyId = await ProvincialGovernmentIdAsync("35");
        var (_, _, owner) = await ClientAsync(ApiClientRole.Agency, agencyId);
        var ministry = Factory.CreateClient(ApiFactory.AdminKey);

        // Ten matches, oldest first: the even ones name the word in their title, the odd ones only in their problem.
        var ids = new List<Guid>();
        for (var i = 0; i < 10; i++)
        {
            var body = InnovationTest.Body(title: i % 2 == 0 ? $"Bank Sampah Kelurahan {i}" : $"Layanan Kebersihan Kelurahan {i}", sector: "environment");
            body["problem"] = "Warga mengeluhkan sampah menumpuk di tepi jalan.";
            ids.Add(await PublishedAsync(owner, ministry, body));
        }

        var seen = await AllPagesAsync(Factory.CreateClient(apiKey: null), "sampah", pageSize: 3);

        // The window holds the four newest (9, 8, 7, 6): title matches 8 and 6 first, then 9 and 7, newer first
        // within each; then the six older matches, newest first.
        int[] expected = [8, 6, 9, 7, 5, 4, 3, 2, 1, 0];
        Assert.Equal(expected.Select(i => ids[i]), seen);
    }

    [Fact]
    public async Task An_agency_finds_its_drafts_newer_than_the_published_window_in_it_and_the_older_ones_after_it()
    {
        var agencyId = await ProvincialGovernmentIdAsync("35");
        var (_, _, owner) = await ClientAsync(ApiClientRole.Agency, agencyId);
        var ministry = Factory.CreateClient(ApiFactory.AdminKey);
        Dictionary<string, object?> Body(int i)
        {
            var body = InnovationTest.Body(title: $"Layanan Kebersihan Kelurahan {i}", sector: "environment");
            body["problem"] = "Warga mengeluhkan sampah menumpuk di tepi jalan.";
            return body;
        }

        // Oldest first: a draft, five published matches, a draft. The published window (four) ends at the second
        // published one; only the newest draft is newer than that, so it is in the window, and the old draft follows
        // the window with the older published matches, newest first (equal texts: the window is in order of age too).
        var oldDraft = await RegisteredAsync(owner, Body(0));
        var published = new List<Guid>();
        for (var i = 1; i <= 5; i++)
        {
            published.Add(await PublishedAsync(owner, ministry, Body(i)));
        }

        var newDraft = await RegisteredAsync(owner, Body(6));

        Guid[] expected = [newDraft, published[4], published[3], published[2], published[1], published[0], oldDraft];
        Assert.Equal(expected, await AllPagesAsync(owner, "sampah", pageSize: 3));
        Assert.Equal(published.AsEnumerable().Reverse(), await AllPagesAsync(Factory.CreateClient(apiKey: null), "sampah", pageSize: 3));
    }

    /// <summary>Every item of a search, page after page by its cursors.</summary>
    internal static async Task<List<Guid>> AllPagesAsync(HttpClient client, string q, int pageSize)
    {
        var seen = new List<Guid>();
        string? cursor = null;
        do
        {
            var page = await client.GetFromJsonAsync<JsonElement>($"{Innovations}?q={q}&pageSize={pageSize}" + (cursor is null ? string.Empty : $"&cursor={Uri.EscapeDataString(cursor)}"), Json);
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);
        return seen;
    }

    /// <summary>Registers an innovation (a draft) and returns its id.</summary>
    internal static async Task<Guid> RegisteredAsync(HttpClient owner, Dictionary<string, object?> body)
    {
        var created = await owner.PostAsJsonAsync(Innovations, body, Json);
        await Expect.StatusAsync(created, HttpStatusCode.Created);
        return (await created.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetGuid();
    }

    internal static async Task<Guid> PublishedAsync(HttpClient owner, HttpClient ministry, Dictionary<string, object?> body)
    {
        var id = await RegisteredAsync(owner, body);
        await Expect.StatusAsync(await owner.PostAsJsonAsync($"{Innovations}/{id}/submission", new { }, Json), HttpStatusCode.OK);
        await Expect.StatusAsync(await ministry.PostAsJsonAsync($"{Innovations}/{id}/verification", new { decision = "publish" }, Json), HttpStatusCode.OK);
        return id;
    }
}

/// <summary>The service with searches among published innovations cached for a minute, as production caches them for 30 s.</summary>
public sealed class SearchCacheFactory : ApiFactoryBase
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Jipp:Search:CacheSeconds", "60");
    }
}

public sealed class SearchCacheTests(SearchCacheFactory factory) : SecurityFactoryTest<SearchCacheFactory>(factory)
{
    private const string Innovations = "/api/v1/innovations";

    [Fact]
    public async Task A_repeated_search_is_served_from_the_cache_but_a_caller_sees_its_own_drafts_at_once()
    {
        var agencyId = await ProvincialGovernmentIdAsync("35");
        var (_, _, owner) = await ClientAsync(ApiClientRole.Agency, agencyId);
        var ministry = Factory.CreateClient(ApiFactory.AdminKey);
        var anonymous = Factory.CreateClient(apiKey: null);
        async Task<List<Guid>> SearchAsync(HttpClient client) =>
            (await client.GetFromJsonAsync<JsonElement>($"{Innovations}?q=jelantah", Json)).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();

        var first = await SearchRankingWindowTests.PublishedAsync(owner, ministry, InnovationTest.Body(title: "Minyak Jelantah Jadi Biodiesel", sector: "environment"));
        Assert.Equal([first], await SearchAsync(anonymous));

        // Published after the search was cached: a repeated search shows it once the cache time has passed (not here).
        await SearchRankingWindowTests.PublishedAsync(owner, ministry, InnovationTest.Body(title: "Bank Jelantah Kelurahan", sector: "environment"));
        var draftId = await SearchRankingWindowTests.RegisteredAsync(owner, InnovationTest.Body(title: "Jelantah untuk Sabun", sector: "environment"));

        Assert.Equal([first], await SearchAsync(anonymous));
        Assert.Equal([draftId, first], await SearchAsync(owner));
    }
}

/// <summary>
/// The service with searches cached for a minute, an allowance of one new window per minute, and a clock that starts
/// at a whole minute and moves a millisecond each time it is read, so that a test stays within one minute.
/// </summary>
public sealed class SearchCacheAllowanceFactory : ApiFactoryBase
{
    private static readonly DateTimeOffset Minute = new(DateTimeOffset.UtcNow.Ticks / TimeSpan.TicksPerMinute * TimeSpan.TicksPerMinute, TimeSpan.Zero);

    public FakeTimeProvider Clock { get; } = new(Minute) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Jipp:Search:CacheSeconds", "60");
        builder.UseSetting("Jipp:Search:MaxCachedWindows", "1");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}

public sealed class SearchCacheAllowanceTests(SearchCacheAllowanceFactory factory) : SecurityFactoryTest<SearchCacheAllowanceFactory>(factory)
{
    private const string Innovations = "/api/v1/innovations";

    [Fact]
    public async Task Searches_beyond_the_allowance_of_new_windows_are_answered_fresh_and_not_kept()
    {
        var agencyId = await ProvincialGovernmentIdAsync("35");
        var (_, _, owner) = await ClientAsync(ApiClientRole.Agency, agencyId);
        var ministry = Factory.CreateClient(ApiFactory.AdminKey);
        var anonymous = Factory.CreateClient(apiKey: null);
        async Task<List<Guid>> SearchAsync(string q) =>
            (await anonymous.GetFromJsonAsync<JsonElement>($"{Innovations}?q={q}", Json)).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();

        var first = await SearchRankingWindowTests.PublishedAsync(owner, ministry, InnovationTest.Body(title: "Minyak Jelantah dan Bank Sampah", sector: "environment"));

        // Two searches never seen before: the first window is kept (the allowance is one), the second is not.
        Assert.Equal([first], await SearchAsync("jelantah"));
        Assert.Equal([first], await SearchAsync("sampah"));

        var second = await SearchRankingWindowTests.PublishedAsync(owner, ministry, InnovationTest.Body(title: "Jelantah dari Bank Sampah Sekolah", sector: "environment"));
        Assert.Equal([first], await SearchAsync("jelantah")); // from the cache, for the rest of the minute
        Assert.Equal([second, first], await SearchAsync("sampah")); // computed again
    }
}
