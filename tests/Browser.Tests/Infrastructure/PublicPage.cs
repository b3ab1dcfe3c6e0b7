using System.Text.Json;
using Microsoft.Playwright;

namespace Jipp.Browser.Tests.Infrastructure;

/// <summary>What a visitor sees and does on the public page at <c>/</c>, as Playwright steps.</summary>
public sealed class PublicPage(IPage page, Uri baseAddress)
{
    public IPage Page => page;

    public ILocator Tiles => page.Locator("#tile-map > li");

    public ILocator Tile(string provinceCode) => page.Locator($"#tile-map > li[data-province='{provinceCode}']");

    public ILocator TimelineHubs => page.Locator("#timeline-list li[data-hub]");

    public ILocator SearchResults => page.Locator("#search-results > li");

    public ILocator Heading => page.Locator("h1");

    /// <summary>Opens the page (with <paramref name="query"/>, e.g. <c>?lang=en</c>) and waits until its data is drawn.</summary>
    public async Task OpenAsync(string query = "")
    {
        await page.GotoAsync(new Uri(baseAddress, "/" + query).ToString());
        await WaitUntilDrawnAsync();
    }

    public async Task WaitUntilDrawnAsync()
    {
        await page.Locator("main[data-state='ready'], main[data-state='error']").WaitForAsync();
        Assert.Equal("ready", await page.Locator("main").GetAttributeAsync("data-state"));
    }

    public Task<string?> LanguageAsync() => page.Locator("html").GetAttributeAsync("lang");

    public Task SwitchLanguageAsync() => page.Locator("#lang-switch").ClickAsync();

    public async Task SearchAsync(string query)
    {
        await page.Locator("#search-input").FillAsync(query);
        await page.Locator("#search-input").PressAsync("Enter");
        await page.Locator("#search-status").Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex("“") }).WaitForAsync();
    }

    /// <summary>Waits for the scorecards section to settle (a table, or a message) and gives its status text.</summary>
    public async Task<string> ScorecardsStatusAsync()
    {
        await page.WaitForFunctionAsync("() => { const s = document.getElementById('scorecards-status'); return document.querySelector('#scorecards-table tbody') || (s.textContent && !/…$/.test(s.textContent)); }");
        return (await page.Locator("#scorecards-status").TextContentAsync())?.Trim() ?? string.Empty;
    }

    /// <summary>
    /// Runs axe-core in the page; the test injects it (by evaluation, which the page's Content-Security-Policy does not
    /// govern, as it would an injected script tag); the page itself never loads it.
    /// </summary>
    public async Task<AxeResult> RunAxeAsync(string axeSource)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            // Evaluated as a script by the browser's debugging protocol, which the page's CSP does not govern (an
            // eval() from the page would be refused).
            await page.EvaluateAsync(axeSource);
        }

        var json = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
              return {
                passes: result.passes.length,
                violations: result.violations.map(v => ({ id: v.id, impact: v.impact ?? '', help: v.help, targets: v.nodes.map(n => n.target.join(' ')) })),
              };
            }
            """);
        return new AxeResult(
            json.GetProperty("passes").GetInt32(),
            [.. json.GetProperty("violations").EnumerateArray().Select(v => new AxeViolation(
                v.GetProperty("id").GetString()!,
                v.GetProperty("impact").GetString()!,
                v.GetProperty("help").GetString()!,
                [.. v.GetProperty("targets").EnumerateArray().Select(t => t.GetString()!)]))]);
    }

    /// <summary>The browser's navigation timing and the page's own mark of when its data was drawn, in milliseconds.</summary>
    public async Task<(double DomContentLoaded, double Load, double DataDrawn)> TimingAsync()
    {
        var timing = await page.EvaluateAsync<JsonElement>("""
            () => {
              const n = performance.getEntriesByType('navigation')[0];
              const drawn = performance.getEntriesByName('jipp:data-drawn')[0];
              return { dom: n.domContentLoadedEventEnd, load: n.loadEventEnd, drawn: drawn ? drawn.startTime : -1 };
            }
            """);
        return (timing.GetProperty("dom").GetDouble(), timing.GetProperty("load").GetDouble(), timing.GetProperty("drawn").GetDouble());
    }

    public Task ScreenshotAsync(string name, bool fullPage = true) =>
        page.ScreenshotAsync(new() { Path = Screenshots.PathOf(name), FullPage = fullPage });
}

/// <summary>What axe-core found: how many of its rules passed (it ran on a real page), and what it found wrong.</summary>
public sealed record AxeResult(int Passes, IReadOnlyList<AxeViolation> Violations);

public sealed record AxeViolation(string Id, string Impact, string Help, IReadOnlyList<string> Targets)
{
    public override string ToString() => $"{Impact} {Id}: {Help} ({string.Join(", ", Targets.Take(5))})";
}
