using System.Reflection;
using System.Text.RegularExpressions;
using Jipp.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Scaffolding;
using Microsoft.Extensions.DependencyInjection;

namespace Jipp.Api.Tests;

/// <summary>
/// The service loads its EF Core model from the compiled model in src/Infrastructure/Persistence/CompiledModel
/// instead of building it from the configurations at start, and does not check at start for model changes that
/// no migration describes (docs/adr/0016-start-up.md). These tests stand in for both. No database is needed.
/// </summary>
public sealed partial class CompiledModelTests
{
    private const string ModelNamespace = "Jipp.Infrastructure.Persistence.CompiledModel";
    private const string Regenerate = "Run ./scripts/ef-compiled-model.sh and commit src/Infrastructure/Persistence/CompiledModel.";

    [Fact]
    public void The_compiled_model_is_what_the_configurations_describe()
    {
        using var db = new JippDbContextFactory().CreateDbContext([]);
        var committedDirectory = Path.Combine(RepositoryRoot(), "src", "Infrastructure", "Persistence", "CompiledModel");
        var scaffoldDirectory = Directory.CreateTempSubdirectory("jipp-compiled-model-");
        try
        {
            // What `dotnet ef dbcontext optimize` writes, from the model that the configurations build.
            ScaffoldCompiledModel(db, scaffoldDirectory.FullName);

            var expected = ReadSources(scaffoldDirectory.FullName);
            var committed = Directory.Exists(committedDirectory) ? ReadSources(committedDirectory) : [];
            Assert.NotEmpty(expected);
            var differing = expected.Keys.Union(committed.Keys)
                .Where(file => !expected.TryGetValue(file, out var text) || !committed.TryGetValue(file, out var other) || text != other)
                .Order(StringComparer.Ordinal)
                .ToList();
            if (differing.Count > 0)
            {
                Assert.Fail($"The compiled model is out of date ({string.Join(", ", differing)}; first difference: {FirstDifference(differing[0], expected, committed)}). {Regenerate}");
            }
        }
        finally
        {
            scaffoldDirectory.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_service_uses_the_compiled_model()
    {
        var compiled = typeof(JippDbContext).Assembly.GetCustomAttributes<DbContextModelAttribute>()
            .SingleOrDefault(a => a.ContextType == typeof(JippDbContext));
        Assert.True(compiled is not null, $"Jipp.Infrastructure names no compiled model for JippDbContext. {Regenerate}");

        using var db = new JippDbContextFactory().CreateDbContext([]);
        Assert.IsType(compiled.ModelType, db.Model);
    }

    [Fact]
    public void The_migrations_describe_the_model()
    {
        using var db = new JippDbContextFactory().CreateDbContext([]);

        Assert.False(
            db.Database.HasPendingModelChanges(),
            "The configurations describe changes that no migration makes: add a migration (README, Database migrations), then regenerate the compiled model.");
    }

    /// <summary>The design-time services that `dotnet ef` assembles for the context, with the provider's own.</summary>
    private static void ScaffoldCompiledModel(JippDbContext db, string outputDirectory)
    {
        var services = new ServiceCollection().AddDbContextDesignTimeServices(db);
        var provider = Assembly.Load(new AssemblyName(db.GetService<Microsoft.EntityFrameworkCore.Storage.IDatabaseProvider>().Name));
        var providerServices = provider.GetCustomAttribute<DesignTimeProviderServicesAttribute>()!;
        var designTimeServices = (IDesignTimeServices)Activator.CreateInstance(provider.GetType(providerServices.TypeName, throwOnError: true)!)!;
        designTimeServices.ConfigureDesignTimeServices(services);
        services.AddEntityFrameworkDesignTimeServices();

        using var serviceProvider = services.BuildServiceProvider();
        serviceProvider.GetRequiredService<ICompiledModelScaffolder>().ScaffoldModel(
            db.GetService<IDesignTimeModel>().Model,
            outputDirectory,
            new CompiledModelCodeGenerationOptions
            {
                ContextType = typeof(JippDbContext),
                ModelNamespace = ModelNamespace,
                Language = "C#",
                UseNullableReferenceTypes = true,
                GeneratedFileNames = new HashSet<string>(StringComparer.Ordinal),
            });
    }

    private static string FirstDifference(string file, Dictionary<string, string> expected, Dictionary<string, string> committed)
    {
        if (!expected.TryGetValue(file, out var wanted) || !committed.TryGetValue(file, out var found))
        {
            return expected.ContainsKey(file) ? $"{file} is missing" : $"{file} is not generated any more";
        }

        var wantedLines = wanted.Split('\n');
        var foundLines = found.Split('\n');
        var line = 0;
        while (line < wantedLines.Length && line < foundLines.Length && wantedLines[line] == foundLines[line])
        {
            line++;
        }

        return $"{file} line {line + 1} is \"{Line(foundLines, line)}\", expected \"{Line(wantedLines, line)}\"";

        static string Line(string[] lines, int index) => index < lines.Length ? lines[index].Trim() : "(end of file)";
    }

    /// <summary>The sources by file name; the model id, a new Guid at every generation, is left out.</summary>
    private static Dictionary<string, string> ReadSources(string directory) =>
        Directory.GetFiles(directory, "*.cs").ToDictionary(
            f => Path.GetFileName(f),
            f => ModelId().Replace(File.ReadAllText(f).ReplaceLineEndings("\n"), "modelId: new Guid(…)"),
            StringComparer.Ordinal);

    [GeneratedRegex(@"modelId: new Guid\(""[0-9a-fA-F-]+""\)")]
    private static partial Regex ModelId();

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Jipp.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Jipp.sln not found above the test assembly.");
    }
}
