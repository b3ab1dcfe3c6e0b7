using Microsoft.Playwright;

namespace Jipp.Browser.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium (package <c>chromium</c>, which <c>scripts/test.sh</c> installs when it is
/// missing), driven by Playwright. Playwright's own browser downloads are never used.
/// </summary>
public static class Chromium
{
    /// <summary>Overrides the browser's path.</summary>
    public const string ExecutableVariable = "JIPP_CHROMIUM";

    public const string DefaultExecutable = "/usr/bin/chromium";

    // Without the background services off, Chromium keeps trying to reach Google's servers.
    private static readonly string[] Arguments =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ];

    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable(ExecutableVariable) is { Length: > 0 } path ? path : DefaultExecutable;

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        var path = ExecutablePath;
        if (!File.Exists(path))
        {
            Assert.Fail($"No Chromium at {path}. Install Debian's package (`apt-get install chromium`; scripts/test.sh does this) or set {ExecutableVariable}.");
        }

        return playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = path,
            Headless = true,
            Args = Arguments,
        });
    }
}
