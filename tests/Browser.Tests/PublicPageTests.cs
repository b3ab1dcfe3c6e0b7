using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Jipp.Browser.Tests.Infrastructure;
using Jipp.Infrastructure.Persistence.Seed;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Jipp.Browser.Tests;

/// <summary>
/// The public page "the network at a glance" at <c>/</c>, in Debian's Chromium, over the demo data: what it shows is
/// what the public API answers an anonymous caller. Every test fails on a console error (a refusal by the page's
/// Content-Security-Policy is one) and on a CSP violation event. Screenshots and the load times go to
/// <c>TestResults/Browser/</c>.
/// </summary>
public sealed partial class PublicPageTests(KestrelApiFactory factory, ITestOutputHelper output) : IClassFixture<KestrelApiFactory>, IAsyncLifetime
{
    private const string Scorecards = "/api/v1/hub-scorecards";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly List<string> _consoleErrors = [];
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;
    private HttpClient _anonymous = null!;
    private bool _scorecardsRouteMissing;

    public async Task InitializeAsync()
    {
        // The demo data set, once per database: seeding again does nothing, and the page changes nothing.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync();
        }

        _anonymous = factory.CreateClient(apiKey: null);
        _scorecardsRouteMissing = (await _anonymous.GetAsync($"{Scorecards}?year=2024&sort=publishedInnovations")).StatusCode == HttpStatusCode.NotFound;
        _playwright = await Playwright.CreateAsync();
        _browser = await Chromium.LaunchAsync(_playwright);
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        _anonymous.Dispose();
    }

    [Fact]
    public async Task The_page_shows_the_38_provinces_the_seeded_hubs_and_the_registry_as_the_public_api_answers()
    {
        var page = await OpenPageAsync(1400, 1000);
        await page.OpenAsync("?lang=id");

        // The skip link is the first stop of the keyboard, visible when focused, and leads to the content.
        await page.Page.Keyboard.PressAsync("Tab");
        Assert.Equal("skip-link", await page.Page.EvaluateAsync<string>("() => document.activeElement.className"));
        var box = await page.Page.Locator(".skip-link").BoundingBoxAsync();
        Assert.True(box is { Y: >= 0 } && box.Height > 0, "the focused skip link is not on screen");
        await page.Page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.Page.EvaluateAsync<string>("() => document.activeElement.id"));

        // 38 tiles: the 15 hubs of the seed with their year, the 7 provinces invited in 2023, the rest without a hub.
        Assert.Equal(38, await page.Tiles.CountAsync());
        Assert.Equal(15, await page.Page.Locator("#tile-map > li[data-status='designated']").CountAsync());
        Assert.Equal(7, await page.Page.Locator("#tile-map > li[data-status='invited']").CountAsync());
        Assert.Contains("Hub 2020", await page.Tile("35").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Hub 2021", await page.Tile("51").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Diundang 2023", await page.Tile("32").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Belum hub", await page.Tile("11").InnerTextAsync(), StringComparison.Ordinal);

        // Each tile's number is the province's published innovations as GET /statistics/provinces gives them.
        var statistics = await _anonymous.GetFromJsonAsync<JsonElement>("/api/v1/statistics/provinces", Json);
        foreach (var province in statistics.GetProperty("items").EnumerateArray())
        {
            var code = province.GetProperty("code").GetString()!;
            var shown = await page.Tile(code).Locator(".tile-count").InnerTextAsync();
            Assert.Equal(province.GetProperty("publishedInnovations").GetInt32(), int.Parse(Digits().Replace(shown, string.Empty), CultureInfo.InvariantCulture));
        }

        // The timeline lists every hub of GET /hubs under its year of designation, with its decree.
        Assert.Equal(15, await page.TimelineHubs.CountAsync());
        Assert.Equal(["2020 · 8 hub", "2021 · 4 hub", "2022 · 3 hub"], await page.Page.Locator("#timeline-list h3").AllInnerTextsAsync());
        var hubs = await _anonymous.GetFromJsonAsync<JsonElement>("/api/v1/hubs?pageSize=100", Json);
        var jatim = hubs.GetProperty("items").EnumerateArray().Single(h => h.GetProperty("provinceCode").GetString() == "35");
        var jatimEntry = await page.Page.Locator($"#timeline-list li[data-hub='{jatim.GetProperty("id").GetString()}']").InnerTextAsync();
        Assert.Contains("Jawa Timur", jatimEntry, StringComparison.Ordinal);
        if (jatim.GetProperty("decreeNumber").GetString() is { } decree)
        {
            Assert.Contains(decree, jatimEntry, StringComparison.Ordinal);
        }

        // Sectors and stages: the same numbers as the overview, in tables beside the charts.
        var overview = await _anonymous.GetFromJsonAsync<JsonElement>("/api/v1/statistics/overview", Json);
        Assert.Equal(32, await page.Page.Locator("#sector-table tbody tr").CountAsync());
        var sectorTotal = (await page.Page.Locator("#sector-table tbody td.num").AllTextContentsAsync()).Sum(ParseNumber);
        Assert.Equal(overview.GetProperty("innovationsByState").GetProperty("published").GetInt32(), sectorTotal);
        var stages = await page.Page.Locator("#stage-table tbody td.num").AllInnerTextsAsync();
        var byStage = overview.GetProperty("innovationsByMaturityStage");
        Assert.Equal(
            [byStage.GetProperty("initiative").GetInt32(), byStage.GetProperty("trial").GetInt32(), byStage.GetProperty("implementation").GetInt32()],
            stages.Select(ParseNumber));
        Assert.Equal("img", await page.Page.Locator("#sector-chart").GetAttributeAsync("role"));
        Assert.False(string.IsNullOrWhiteSpace(await page.Page.Locator("#sector-chart").GetAttributeAsync("aria-label")));

        // The completed replications between provinces, as GET /statistics/replication-flows counts them (none in the
        // demo data; another test of this class completes one): listed in words, or said to be none.
        var flows = (await _anonymous.GetFromJsonAsync<JsonElement>("/api/v1/statistics/replication-flows", Json)).GetProperty("items").GetArrayLength();
        if (flows == 0)
        {
            Assert.Contains("Belum ada replikasi", await page.Page.Locator("#flows").InnerTextAsync(), StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(flows, await page.Page.Locator("#flows li").CountAsync());
        }

        // A search finds what GET /innovations?q= finds.
        await page.SearchAsync("perizinan");
        var expected = await _anonymous.GetFromJsonAsync<JsonElement>("/api/v1/innovations?q=perizinan&pageSize=10", Json);
        var titles = expected.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()!).ToList();
        Assert.NotEmpty(titles);
        Assert.Equal(titles, await page.SearchResults.Locator("h3").AllInnerTextsAsync());
        Assert.Contains(titles, t => t.Contains("Perizinan", StringComparison.OrdinalIgnoreCase));

        await AssertScorecardsAsync(page, "Kinerja hub belum tersedia");

        // The page as built: no inline script or style (its policy would refuse them), nothing from elsewhere.
        var html = await _anonymous.GetStringAsync("/");
        Assert.DoesNotMatch(InlineScript(), html);
        Assert.DoesNotMatch(InlineStyle(), html);
        Assert.DoesNotContain("http://", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https://", html, StringComparison.OrdinalIgnoreCase);
        var requested = await page.Page.EvaluateAsync<string[]>("() => performance.getEntriesByType('resource').map(r => r.name)");
        Assert.All(requested, url => Assert.StartsWith(factory.BaseAddress.GetLeftPart(UriPartial.Authority), url, StringComparison.Ordinal));
        Assert.Contains(requested, url => url.Contains("/api/v1/statistics/provinces", StringComparison.Ordinal));

        await page.ScreenshotAsync("public-page-desktop");
        await ReportTimingAsync(page, "desktop 1400x1000");
        await AssertAccessibleAsync(page, "desktop");
        await AssertNoErrorsAsync(page);
    }

    [Fact]
    public async Task The_english_switch_changes_the_labels_and_the_language_and_is_remembered()
    {
        var page = await OpenPageAsync(1400, 1000);
        await page.OpenAsync();
        Assert.Equal("id", await page.LanguageAsync());
        Assert.Equal("Jaringan JIPP sekilas", await page.Heading.InnerTextAsync());
        Assert.Equal("en", await page.Page.Locator("#lang-switch").GetAttributeAsync("lang"));

        await page.SwitchLanguageAsync();

        Assert.Equal("en", await page.LanguageAsync());
        Assert.Equal("The JIPP network at a glance", await page.Heading.InnerTextAsync());
        Assert.Contains("Hub 2020", await page.Tile("35").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Invited 2023", await page.Tile("64").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(["2020 · 8 hubs", "2021 · 4 hubs", "2022 · 3 hubs"], await page.Page.Locator("#timeline-list h3").AllInnerTextsAsync());
        Assert.Equal("Completed replications between provinces", await page.Page.Locator("#flows-title").InnerTextAsync());
        Assert.Equal("Bahasa Indonesia", await page.Page.Locator("#lang-switch").InnerTextAsync());
        Assert.Equal("id", await page.Page.Locator("#lang-switch").GetAttributeAsync("lang"));
        await AssertScorecardsAsync(page, "Hub scorecards are not available");

        // Remembered: a new visit without ?lang opens in English; ?lang=id is Indonesian again.
        await page.Page.GotoAsync(new Uri(factory.BaseAddress, "/").ToString());
        await page.WaitUntilDrawnAsync();
        Assert.Equal("en", await page.LanguageAsync());
        Assert.Equal("Skip to content", await page.Page.Locator(".skip-link").TextContentAsync());
        await page.SearchAsync("perizinan");
        Assert.Contains("found for “perizinan”", await page.Page.Locator("#search-status").InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync("public-page-desktop-en");
        await AssertAccessibleAsync(page, "desktop, English");

        await page.OpenAsync("?lang=id");
        Assert.Equal("id", await page.LanguageAsync());
        Assert.Equal("Jaringan JIPP sekilas", await page.Heading.InnerTextAsync());
        await AssertNoErrorsAsync(page);
    }

    [Fact]
    public async Task On_a_phone_the_page_fits_the_screen_and_stays_accessible()
    {
        var page = await OpenPageAsync(390, 844, phone: true);
        await page.OpenAsync("?lang=id");

        Assert.Equal(38, await page.Tiles.CountAsync());
        var overflowing = await page.Page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('body *')]
              .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && !e.closest('.table-scroll'))
              .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + e.className)
            """);
        Assert.True(overflowing.Length == 0, "wider than the phone's screen: " + string.Join(", ", overflowing.Take(10)));
        Assert.True(await page.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways on a phone: " + await page.Page.EvaluateAsync<string>("() => document.documentElement.scrollWidth + ' > ' + window.innerWidth + ' / ' + document.documentElement.clientWidth"));
        await page.SearchAsync("perizinan");
        Assert.True(await page.SearchResults.CountAsync() > 0);

        await page.ScreenshotAsync("public-page-phone");
        await page.Page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await page.ScreenshotAsync("public-page-phone-top", fullPage: false);
        await ReportTimingAsync(page, "phone 390x844");
        await AssertAccessibleAsync(page, "phone");
        await AssertNoErrorsAsync(page);
    }

    [Fact]
    public async Task A_completed_replication_shows_as_a_flow_from_the_original_s_province_to_the_adopter_s()
    {
        // Through the API, as the agencies and the ministry would: Bali's provincial government replicates a published,
        // replicable innovation of Jawa Timur.
        using var ministry = factory.CreateClient(Api.Tests.Infrastructure.ApiFactoryBase.AdminKey);
        var innovation = (await _anonymous.GetFromJsonAsync<JsonElement>("/api/v1/innovations?provinceCode=35&replicable=true&pageSize=1", Json))
            .GetProperty("items")[0];
        var bali = (await _anonymous.GetFromJsonAsync<JsonElement>("/api/v1/agencies?type=provincialGovernment&provinceCode=51", Json))
            .GetProperty("items")[0].GetProperty("id").GetGuid();
        using var owner = await AgencyClientAsync(ministry, innovation.GetProperty("agencyId").GetGuid());
        using var requester = await AgencyClientAsync(ministry, bali);
        var created = await requester.PostAsJsonAsync(
            "/api/v1/replication-requests",
            new { innovationId = innovation.GetProperty("id").GetGuid(), motivation = "Kami ingin mempercepat layanan di daerah kami.", plannedStartOn = "2025-01-15" },
            Json);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var request = (await created.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetGuid();
        await StepAsync(ministry, request, "verification", new { approved = true });
        await StepAsync(owner, request, "agreement", new { agreedOn = "2025-01-20", documentRef = "PKS 12/2025" });
        await StepAsync(ministry, request, "mentoring-sessions", new { heldOn = "2025-02-01", format = "virtual", topics = new[] { "Alur layanan" } });
        await StepAsync(requester, request, "completion", new { completedOn = "2025-06-30", resultsSummary = "Layanan berjalan." });

        var page = await OpenPageAsync(1400, 1000);
        await page.OpenAsync("?lang=id");

        Assert.Equal(["Jawa Timur → Bali: 1 replikasi selesai"], await page.Page.Locator("#flows li").AllInnerTextsAsync());
        var chart = page.Page.Locator("#flows-chart");
        Assert.Equal("img", await chart.GetAttributeAsync("role"));
        Assert.Contains("Jawa Timur → Bali", await chart.GetAttributeAsync("aria-label") ?? string.Empty, StringComparison.Ordinal);
        await page.Page.Locator("#flows-title").ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync("public-page-flows", fullPage: false);

        await page.SwitchLanguageAsync();
        Assert.Equal(["Jawa Timur → Bali: 1 completed replication"], await page.Page.Locator("#flows li").AllInnerTextsAsync());
        await AssertNoErrorsAsync(page);
    }

    private async Task<HttpClient> AgencyClientAsync(HttpClient ministry, Guid agencyId)
    {
        var response = await ministry.PostAsJsonAsync("/api/v1/api-clients", new { name = $"Agency {agencyId:N}", role = "agency", agencyId }, Json);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return factory.CreateClient((await response.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("key").GetString());
    }

    private static async Task StepAsync(HttpClient client, Guid request, string action, object body)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/replication-requests/{request}/{action}", body, Json);
        Assert.True(response.IsSuccessStatusCode, $"{action}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private async Task<PublicPage> OpenPageAsync(int width, int height, bool phone = false)
    {
        var context = await _browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = width, Height = height },
            IsMobile = phone,
            HasTouch = phone,
            DeviceScaleFactor = phone ? 2 : 1,
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(60_000);

        // Refusals by the Content-Security-Policy, as the page sees them (the browser also logs them as console errors).
        await page.AddInitScriptAsync("""
            window.__cspViolations = [];
            document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
            """);
        page.Console += (_, message) =>
        {
            if (message.Type != "error")
            {
                return;
            }

            // Until the scorecards route is part of the service, the browser logs its 404; the page says it is not available.
            if (_scorecardsRouteMissing && message.Location.Contains(Scorecards, StringComparison.Ordinal) && message.Text.Contains("404", StringComparison.Ordinal))
            {
                return;
            }

            _consoleErrors.Add($"{message.Text} ({message.Location})");
        };
        page.PageError += (_, error) => _consoleErrors.Add("page error: " + error);
        return new PublicPage(page, factory.BaseAddress);
    }

    private async Task AssertScorecardsAsync(PublicPage page, string notAvailable)
    {
        var status = await page.ScorecardsStatusAsync();
        if (_scorecardsRouteMissing)
        {
            Assert.StartsWith(notAvailable, status, StringComparison.Ordinal);
            Assert.Equal(0, await page.Page.Locator("#scorecards-table tr").CountAsync());
            return;
        }

        var year = await page.Page.Locator("#scorecards-year").InputValueAsync();
        var answer = await _anonymous.GetFromJsonAsync<JsonElement>($"{Scorecards}?year={year}&sort=publishedInnovations", Json);
        var items = answer.GetProperty("items").EnumerateArray().Take(5).ToList();
        Assert.Equal(items.Count, await page.Page.Locator("#scorecards-table tbody tr").CountAsync());
        Assert.Equal(
            items.Select(i => i.GetProperty("publishedInnovations").GetProperty("count").GetInt32()),
            (await page.Page.Locator("#scorecards-table tbody tr td:nth-child(2)").AllInnerTextsAsync()).Select(t => ParseNumber(t.Split(' ')[0])));
    }

    private async Task AssertAccessibleAsync(PublicPage page, string what)
    {
        var result = await page.RunAxeAsync(await File.ReadAllTextAsync(AxePath()));
        foreach (var line in result.Violations.Select(v => $"axe ({what}): {v}").Prepend($"axe ({what}): {result.Passes} rules passed, {result.Violations.Count} violated"))
        {
            output.WriteLine(line);
            Console.WriteLine(line);
        }

        // Rules such as colour contrast, names of controls, lang, landmarks and headings ran on the drawn page.
        Assert.True(result.Passes >= 20, $"axe-core checked only {result.Passes} rules");
        Assert.DoesNotContain(result.Violations, v => v.Impact is "serious" or "critical");
    }

    private async Task AssertNoErrorsAsync(PublicPage page)
    {
        var violations = await page.Page.EvaluateAsync<string[]>("() => window.__cspViolations");
        Assert.Empty(violations);
        Assert.Empty(_consoleErrors);
    }

    /// <summary>Reported, not asserted: the machine is shared, so a number would make the test flaky, not the page slow.</summary>
    private async Task ReportTimingAsync(PublicPage page, string what)
    {
        var (domContentLoaded, load, dataDrawn) = await page.TimingAsync();
        var line = string.Create(CultureInfo.InvariantCulture, $"public page load ({what}): DOMContentLoaded {domContentLoaded:0} ms, load {load:0} ms, data drawn {dataDrawn:0} ms after navigation start");
        output.WriteLine(line);
        Console.WriteLine(line);
        await File.AppendAllTextAsync(Path.Combine(Screenshots.Directory, "public-page-timing.txt"), line + Environment.NewLine);
    }

    /// <summary>axe-core from web/'s npm packages (installed by <c>npm ci</c> in web/, as scripts/test.sh does).</summary>
    private static string AxePath()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Jipp.sln")))
        {
            directory = directory.Parent;
        }

        var path = directory is null ? string.Empty : Path.Combine(directory.FullName, "web", "node_modules", "axe-core", "axe.min.js");
        if (!File.Exists(path))
        {
            Assert.Fail($"axe-core is not installed at {path}: run `npm ci --ignore-scripts` in web/ (scripts/test.sh does).");
        }

        return path;
    }

    private static int ParseNumber(string text) => int.Parse(Digits().Replace(text, string.Empty), CultureInfo.InvariantCulture);

    [GeneratedRegex(@"<script(?![^>]*\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"<style\b|\sstyle\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex InlineStyle();

    [GeneratedRegex("[^0-9]")]
    private static partial Regex Digits();
}
