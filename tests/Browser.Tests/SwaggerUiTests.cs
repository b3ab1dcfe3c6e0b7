using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jipp.Api.Tests.Infrastructure;
using Jipp.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Jipp.Browser.Tests;

/// <summary>
/// The README's quick start, done by a browser: Debian's Chromium, driven by Playwright, against the
/// service on a real socket. Screenshots of the steps go to <c>TestResults/Browser/</c>.
/// </summary>
public sealed class SwaggerUiTests(KestrelApiFactory factory) : IClassFixture<KestrelApiFactory>, IAsyncLifetime
{
    private const string InnovationBody = """
        {
          "title": "Perizinan Berusaha Keliling Desa",
          "unitName": "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
          "summary": "Mobil layanan perizinan mendatangi desa.",
          "problem": "Pelaku usaha mikro di desa jauh dari kantor perizinan.",
          "solution": "Petugas dengan mobil layanan mendampingi pengurusan izin di balai desa.",
          "novelty": "Layanan perizinan jemput bola yang terjadwal.",
          "impact": "Waktu dan biaya pengurusan izin berkurang.",
          "sector": "investment",
          "form": "publicService",
          "digital": true,
          "maturityStage": "trial",
          "startedOn": "2024-07-01",
          "replicable": true
        }
        """;

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
    public async Task A_newcomer_lists_the_38_provinces_and_registers_submits_and_publishes_an_innovation_in_swagger_ui()
    {
        var ui = new SwaggerUiPage(_page, factory.BaseAddress);
        try
        {
            await ui.OpenAsync();
            await ui.ScreenshotAsync("01-swagger-ui");

            await ui.AuthorizeAsync(ApiFactoryBase.AdminKey);
            await ui.ScreenshotAsync("02-authorized");
            await ui.CloseDialogAsync();

            // GET /api/v1/provinces: 38 provinces.
            var provinces = await ui.TryItOutAsync("GET", "/api/v1/provinces");
            var (listStatus, list) = await SwaggerUiPage.ExecuteAsync(provinces);
            await provinces.Locator(".live-responses-table").ScrollIntoViewIfNeededAsync();
            await ui.ScreenshotAsync("03-provinces");
            Assert.Equal(200, listStatus);
            var items = list.GetProperty("items").EnumerateArray().ToList();
            Assert.Equal(38, items.Count);
            Assert.Equal("Aceh", items[0].GetProperty("name").GetString());
            Assert.Contains(items, p => p.GetProperty("code").GetString() == "35" && p.GetProperty("name").GetString() == "Jawa Timur");
            await SwaggerUiPage.CollapseAsync(provinces);

            // GET /api/v1/agencies?type=regencyGovernment&q=Banyuwangi: the id of the agency to act for.
            var agencies = await ui.TryItOutAsync("GET", "/api/v1/agencies");
            await SwaggerUiPage.SelectParameterAsync(agencies, "type", "regencyGovernment");
            await SwaggerUiPage.FillParameterAsync(agencies, "q", "Banyuwangi");
            var (agenciesStatus, found) = await SwaggerUiPage.ExecuteAsync(agencies);
            Assert.Equal(200, agenciesStatus);
            var banyuwangi = Assert.Single(found.GetProperty("items").EnumerateArray());
            Assert.Equal("Pemerintah Kabupaten Banyuwangi", banyuwangi.GetProperty("name").GetString());
            var agencyId = banyuwangi.GetProperty("id").GetString()!;
            await SwaggerUiPage.CollapseAsync(agencies);

            // POST /api/v1/api-clients: an agency client, whose key is shown once.
            var createClient = await ui.TryItOutAsync("POST", "/api/v1/api-clients");
            await SwaggerUiPage.EditBodyAsync(createClient, $$"""{ "name": "Bagian Organisasi Pemkab Banyuwangi", "role": "agency", "agencyId": "{{agencyId}}" }""");
            var (createStatus, created) = await SwaggerUiPage.ExecuteAsync(createClient);
            await createClient.Locator(".live-responses-table").ScrollIntoViewIfNeededAsync();
            await ui.ScreenshotAsync("04-api-client-created");
            Assert.Equal(201, createStatus);
            Assert.Equal("agency", created.GetProperty("role").GetString());
            var agencyKey = created.GetProperty("key").GetString()!;
            Assert.StartsWith("jipp_", agencyKey, StringComparison.Ordinal);
            await SwaggerUiPage.CollapseAsync(createClient);

            // As the agency: register and submit the innovation.
            await ui.AuthorizeAsync(agencyKey);
            await ui.CloseDialogAsync();
            var register = await ui.TryItOutAsync("POST", "/api/v1/innovations");
            await SwaggerUiPage.EditBodyAsync(register, InnovationBody);
            var (registerStatus, registered) = await SwaggerUiPage.ExecuteAsync(register);
            await register.Locator(".live-responses-table").ScrollIntoViewIfNeededAsync();
            await ui.ScreenshotAsync("05-innovation-registered");
            Assert.Equal(201, registerStatus);
            Assert.Equal("draft", registered.GetProperty("state").GetString());
            Assert.Equal(agencyId, registered.GetProperty("agencyId").GetString());
            var innovationId = registered.GetProperty("id").GetString()!;
            await SwaggerUiPage.CollapseAsync(register);

            var submit = await ui.TryItOutAsync("POST", "/api/v1/innovations/{id}/submission");
            await SwaggerUiPage.FillParameterAsync(submit, "id", innovationId);
            var (submitStatus, submitted) = await SwaggerUiPage.ExecuteAsync(submit);
            Assert.Equal(200, submitStatus);
            Assert.Equal("submitted", submitted.GetProperty("state").GetString());
            await SwaggerUiPage.CollapseAsync(submit);

            // As the ministry again: publish it.
            await ui.AuthorizeAsync(ApiFactoryBase.AdminKey);
            await ui.CloseDialogAsync();
            var verify = await ui.TryItOutAsync("POST", "/api/v1/innovations/{id}/verification");
            await SwaggerUiPage.FillParameterAsync(verify, "id", innovationId);
            await SwaggerUiPage.EditBodyAsync(verify, """{ "decision": "publish" }""");
            var (verifyStatus, verified) = await SwaggerUiPage.ExecuteAsync(verify);
            await verify.Locator(".live-responses-table").ScrollIntoViewIfNeededAsync();
            await ui.ScreenshotAsync("06-innovation-published");
            Assert.Equal(200, verifyStatus);
            Assert.Equal("published", verified.GetProperty("state").GetString());

            // The service agrees: the client exists, and anyone now reads the published innovation.
            using var admin = factory.CreateClient(ApiFactoryBase.AdminKey);
            var client = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/api-clients/{created.GetProperty("id").GetGuid()}");
            Assert.Equal("Bagian Organisasi Pemkab Banyuwangi", client.GetProperty("name").GetString());
            using var anonymous = factory.CreateClient(apiKey: null);
            var response = await anonymous.GetAsync($"/api/v1/innovations/{innovationId}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var innovation = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("published", innovation.GetProperty("state").GetString());
            Assert.Equal("Perizinan Berusaha Keliling Desa", innovation.GetProperty("title").GetString());
        }
        catch
        {
            await ui.ScreenshotAsync("failure");
            await File.WriteAllTextAsync(Path.Combine(Screenshots.Directory, "failure.html"), await _page.ContentAsync());
            throw;
        }

        foreach (var name in new[] { "01-swagger-ui", "02-authorized", "03-provinces", "04-api-client-created", "05-innovation-registered", "06-innovation-published" })
        {
            Assert.True(new FileInfo(Screenshots.PathOf(name)).Length > 10_000, $"screenshot {name} is missing or empty");
        }
    }
}
