namespace Jipp.Browser.Tests.Infrastructure;

/// <summary>
/// Where the browser tests put their screenshots: <c>TestResults/Browser/</c> at the repository
/// root (beside the other test results), or <c>screenshots/</c> in the test output when the tests
/// run outside the repository.
/// </summary>
public static class Screenshots
{
    public static string Directory { get; } = Locate();

    public static string PathOf(string name) => Path.Combine(Directory, name + ".png");

    private static string Locate()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Jipp.sln")))
        {
            directory = directory.Parent;
        }

        var path = directory is null
            ? Path.Combine(AppContext.BaseDirectory, "screenshots")
            : Path.Combine(directory.FullName, "TestResults", "Browser");
        System.IO.Directory.CreateDirectory(path);
        return path;
    }
}
