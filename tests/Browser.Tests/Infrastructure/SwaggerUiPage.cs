using System.Text.Json;
using Microsoft.Playwright;

namespace Jipp.Browser.Tests.Infrastructure;

/// <summary>What a person does in Swagger UI, as Playwright steps on its page.</summary>
public sealed class SwaggerUiPage(IPage page, Uri baseAddress)
{
    public IPage Page => page;

    public async Task OpenAsync()
    {
        await page.GotoAsync(new Uri(baseAddress, "/swagger/index.html").ToString());
        await page.Locator(".swagger-ui .info .title").Filter(new() { HasText = "JIPP Hub API" }).WaitForAsync();
        await page.Locator(".opblock").First.WaitForAsync();
    }

    /// <summary>Authorize → (Logout of the previous key) → the key in the X-Api-Key field → Authorize → Close.</summary>
    public async Task AuthorizeAsync(string apiKey)
    {
        await page.Locator(".auth-wrapper button.authorize").ClickAsync();
        var dialog = page.Locator(".modal-ux");
        await dialog.WaitForAsync();
        await dialog.GetByText("X-Api-Key").First.WaitForAsync();
        var logout = dialog.Locator("button").Filter(new() { HasText = "Logout" });
        if (await logout.CountAsync() > 0)
        {
            await logout.ClickAsync();
        }

        await dialog.Locator("input").First.FillAsync(apiKey);
        await dialog.Locator("button.authorize").ClickAsync();
        await dialog.Locator("h6").Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex("^Authorized$") }).WaitForAsync();
        await logout.WaitForAsync();
    }

    public async Task CloseDialogAsync()
    {
        await page.Locator(".modal-ux button.btn-done").ClickAsync();
        await page.Locator(".modal-ux").WaitForAsync(new() { State = WaitForSelectorState.Detached });
    }

    /// <summary>The operation's block, found by its method and path, as a person finds it in the list.</summary>
    public ILocator Operation(string method, string path) =>
        page.Locator($".opblock.opblock-{method.ToLowerInvariant()}")
            .Filter(new() { Has = page.Locator($".opblock-summary-path[data-path='{path}']") });

    /// <summary>Expands the operation and presses "Try it out".</summary>
    public async Task<ILocator> TryItOutAsync(string method, string path)
    {
        var operation = Operation(method, path);
        await operation.Locator(".opblock-summary").First.ScrollIntoViewIfNeededAsync();
        await operation.Locator(".opblock-summary").First.ClickAsync();
        await operation.Locator("button.try-out__btn").ClickAsync();
        await operation.Locator("button.execute").WaitForAsync();
        return operation;
    }

    /// <summary>Types a parameter's value (path or query) into its field.</summary>
    public static Task FillParameterAsync(ILocator operation, string name, string value) =>
        operation.Locator($"tr[data-param-name='{name}'] input").FillAsync(value);

    /// <summary>Picks a value of an enum parameter from its list.</summary>
    public static Task SelectParameterAsync(ILocator operation, string name, string value) =>
        operation.Locator($"tr[data-param-name='{name}'] select").SelectOptionAsync(value);

    /// <summary>Replaces the request body in the operation's editor.</summary>
    public static Task EditBodyAsync(ILocator operation, string json) =>
        operation.Locator("textarea.body-param__text").FillAsync(json);

    /// <summary>Presses "Execute" and reads the status code and body that Swagger UI shows.</summary>
    public static async Task<(int Status, JsonElement Body)> ExecuteAsync(ILocator operation)
    {
        await operation.Locator("button.execute").ClickAsync();
        var response = operation.Locator(".live-responses-table .response").First;
        await response.WaitForAsync();
        var status = int.Parse((await response.Locator(".response-col_status").InnerTextAsync()).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        var body = await response.Locator(".response-col_description pre").First.InnerTextAsync();
        return (status, JsonSerializer.Deserialize<JsonElement>(body));
    }

    /// <summary>Collapses the operation again, as a person does to keep the page readable.</summary>
    public static Task CollapseAsync(ILocator operation) =>
        operation.Locator(".opblock-summary").First.ClickAsync();

    public Task ScreenshotAsync(string name) =>
        page.ScreenshotAsync(new() { Path = Screenshots.PathOf(name), FullPage = false });
}
