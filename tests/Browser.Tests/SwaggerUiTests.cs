using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jipp.Api.Tests.Infrastructure;
using Jipp.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Jipp.Browser.Tests;

/// <summary>
/// A new integrator in Swagger UI, in a real browser against the service on a real socket: what the
/// README's quick start promises. Screenshots of every step go to <c>TestResults/Browser/</c>.
/// </summary>
public sealed class SwaggerUiTests(KestrelApiFactory factory) : IClassFixture<KestrelApiFactory>, IAsyncLifetime
{
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;
    private IPage _page = null!;

    public async Task InitializeAsync()
    {
        await factory.ResetAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await Chromium.LaunchAsync(_playwright);
        _page = await _browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 1000 } });
        _page.SetDefaultTimeout(60_000);
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }

    [Fact]
    public async Task An_integrator_authorizes_lists_the_38_provinces_and_creates_an_api_client_with_try_it_out()
    {
        var ui = new SwaggerUiPage(_page, factory.BaseAddress);
        try
        {
            await ui.OpenAsync();
            await ui.ScreenshotAsync("01-swagger-ui");

            await ui.AuthorizeAsync(ApiFactoryBase.AdminKey);
            await ui.ScreenshotAsync("02-authorized");
            await ui.CloseDialogAsync();

            var provinces = await ui.TryItOutAsync("GET", "/api/v1/provinces");
            var (listStatus, list) = await SwaggerUiPage.ExecuteAsync(provinces);
            await provinces.Locator(".live-responses-table").ScrollIntoViewIfNeededAsync();
            await ui.ScreenshotAsync("03-provinces");

            Assert.Equal(200, listStatus);
            var items = list.GetProperty("items").EnumerateArray().ToList();
            Assert.Equal(38, items.Count);
            Assert.Equal("Aceh", items[0].GetProperty("name").GetString());
            Assert.Contains(items, p => p.GetProperty("code").GetString() == "35" && p.GetProperty("name").GetString() == "Jawa Timur");

            var createClient = await ui.TryItOutAsync("POST", "/api/v1/api-clients");
            await SwaggerUiPage.EditBodyAsync(createClient, """{ "name": "Dashboard Bappeda Jatim", "role": "reader" }""");
            var (createStatus, created) = await SwaggerUiPage.ExecuteAsync(createClient);
            await createClient.Locator(".live-responses-table").ScrollIntoViewIfNeededAsync();
            await ui.ScreenshotAsync("04-api-client-created");

            Assert.Equal(201, createStatus);
            Assert.Equal("Dashboard Bappeda Jatim", created.GetProperty("name").GetString());
            var key = created.GetProperty("key").GetString();
            Assert.StartsWith("jipp_", key, StringComparison.Ordinal);

            // The client exists for the service, and the key shown in the browser works.
            using var admin = factory.CreateClient(ApiFactoryBase.AdminKey);
            var stored = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/api-clients/{created.GetProperty("id").GetGuid()}");
            Assert.Equal("reader", stored.GetProperty("role").GetString());
            Assert.Equal("Dashboard Bappeda Jatim", stored.GetProperty("name").GetString());
            using var reader = factory.CreateClient(key);
            Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/api/v1/innovations?pageSize=1")).StatusCode);
        }
        catch
        {
            await ui.ScreenshotAsync("failure");
            await File.WriteAllTextAsync(Path.Combine(Screenshots.Directory, "failure.html"), await _page.ContentAsync());
            throw;
        }

        foreach (var name in new[] { "01-swagger-ui", "02-authorized", "03-provinces", "04-api-client-created" })
        {
            Assert.True(new FileInfo(Screenshots.PathOf(name)).Length > 10_000, $"screenshot {name} is missing or empty");
        }
    }
}
