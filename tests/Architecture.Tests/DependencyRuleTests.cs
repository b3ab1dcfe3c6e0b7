using System.Reflection;
using NetArchTest.Rules;

namespace Jipp.Architecture.Tests;

/// <summary>The dependency rule: Domain ← Application ← Infrastructure ← Api, never the other way.</summary>
public sealed class DependencyRuleTests
{
    private static readonly Assembly Domain = typeof(Jipp.Domain.Agencies.Agency).Assembly;
    private static readonly Assembly Application = typeof(Jipp.Application.DependencyInjection).Assembly;
    private static readonly Assembly Infrastructure = typeof(Jipp.Infrastructure.DependencyInjection).Assembly;
    private static readonly Assembly Api = typeof(Program).Assembly;

    [Fact]
    public void Domain_depends_on_no_other_layer_and_no_framework()
    {
        var result = Types.InAssembly(Domain).ShouldNot()
            .HaveDependencyOnAny("Jipp.Application", "Jipp.Infrastructure", "Jipp.Api", "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Mediator", "FluentValidation", "Npgsql")
            .GetResult();

        Assert.True(result.IsSuccessful, Failing(result));
    }

    [Fact]
    public void Domain_references_no_package_assembly()
    {
        var references = Domain.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.All(references, name => Assert.True(name.StartsWith("System", StringComparison.Ordinal) || name == "netstandard", $"Domain references {name}"));
    }

    [Fact]
    public void Application_depends_only_on_the_domain()
    {
        var result = Types.InAssembly(Application).ShouldNot()
            .HaveDependencyOnAny("Jipp.Infrastructure", "Jipp.Api")
            .GetResult();

        Assert.True(result.IsSuccessful, Failing(result));
        Assert.DoesNotContain(Application.GetReferencedAssemblies(), a => a.Name is "Jipp.Infrastructure" or "Jipp.Api");
    }

    [Fact]
    public void Application_does_not_know_http()
    {
        var result = Types.InAssembly(Application).ShouldNot().HaveDependencyOn("Microsoft.AspNetCore").GetResult();

        Assert.True(result.IsSuccessful, Failing(result));
        Assert.DoesNotContain(Application.GetReferencedAssemblies(), a => a.Name!.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
    }

    [Fact]
    public void Nothing_below_the_api_reads_the_request()
    {
        foreach (var assembly in new[] { Application, Infrastructure })
        {
            var result = Types.InAssembly(assembly).ShouldNot()
                .HaveDependencyOnAny("Microsoft.AspNetCore.Http.HttpContext", "Microsoft.AspNetCore.Http.IHttpContextAccessor", "Microsoft.AspNetCore.Http.HttpRequest", "Microsoft.AspNetCore.Routing")
                .GetResult();

            Assert.True(result.IsSuccessful, Failing(result));
        }
    }

    [Fact]
    public void Handlers_never_save_or_open_transactions()
    {
        // The unit of work saves once per command; handlers reach the data through IJippDbContext, which offers neither.
        var saving = typeof(Jipp.Application.Common.Interfaces.IJippDbContext).GetMethods().Select(m => m.Name)
            .Where(n => n.StartsWith("SaveChanges", StringComparison.Ordinal) || n.Contains("Transaction", StringComparison.Ordinal));
        Assert.Empty(saving);
        var result = Types.InAssembly(Application).ShouldNot()
            .HaveDependencyOnAny("Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction", "Microsoft.EntityFrameworkCore.Infrastructure.DatabaseFacade", "Microsoft.EntityFrameworkCore.Storage.IExecutionStrategy")
            .GetResult();
        Assert.True(result.IsSuccessful, Failing(result));

        // Compiled queries take the context as a DbContext, which could still save: the sources must not.
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Jipp.sln")))
        {
            root = root.Parent;
        }

        Assert.NotNull(root);
        var sourcesThatSave = Directory.EnumerateFiles(Path.Combine(root.FullName, "src", "Application"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains(".SaveChanges", StringComparison.Ordinal))
            .ToList();
        Assert.Empty(sourcesThatSave);

        // A change in bulk runs after the save, in the transaction the unit of work then opens for it (AfterSave): run
        // while the handler works, it would commit on its own, before and apart from the save (ADR 30).
        var bulkOutsideAfterSave = Directory.EnumerateFiles(Path.Combine(root.FullName, "src", "Application"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => BulkChangesOutsideAfterSave(File.ReadAllText(f)).Select(at => $"{Path.GetFileName(f)} at character {at}"))
            .ToList();
        Assert.Empty(bulkOutsideAfterSave);
    }

    /// <summary>Where <c>ExecuteUpdate</c> or <c>ExecuteDelete</c> is called other than inside an <c>AfterSave(…)</c> statement.</summary>
    private static IEnumerable<int> BulkChangesOutsideAfterSave(string source)
    {
        foreach (var call in new[] { ".ExecuteUpdate", ".ExecuteDelete" })
        {
            for (var at = source.IndexOf(call, StringComparison.Ordinal); at >= 0; at = source.IndexOf(call, at + 1, StringComparison.Ordinal))
            {
                var afterSave = source.LastIndexOf("AfterSave(", at, StringComparison.Ordinal);
                if (afterSave < 0 || source.IndexOf(';', afterSave, at - afterSave) >= 0)
                {
                    yield return at;
                }
            }
        }
    }

    [Fact]
    public void Infrastructure_does_not_depend_on_the_api()
    {
        var result = Types.InAssembly(Infrastructure).ShouldNot().HaveDependencyOn("Jipp.Api").GetResult();

        Assert.True(result.IsSuccessful, Failing(result));
    }

    [Fact]
    public void Only_the_api_holds_the_mediator_implementation()
    {
        Assert.Contains(Api.GetTypes(), t => t.Name == "Mediator" && t.Namespace == "Mediator");
        Assert.DoesNotContain(Application.GetTypes(), t => t.Name == "Mediator" && t.Namespace == "Mediator");
        Assert.DoesNotContain(Infrastructure.GetTypes(), t => t.Name == "Mediator" && t.Namespace == "Mediator");
    }

    [Fact]
    public void Handlers_are_sealed_and_named_after_their_use_case()
    {
        var handlers = Application.GetTypes()
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.Namespace == "Mediator" && i.Name.Contains("Handler", StringComparison.Ordinal)))
            .ToList();

        Assert.NotEmpty(handlers);
        Assert.All(handlers, h =>
        {
            Assert.True(h.IsSealed, $"{h.Name} is not sealed");
            Assert.EndsWith("Handler", h.Name, StringComparison.Ordinal);
            var message = h.Name[..^"Handler".Length];
            Assert.True(Application.GetTypes().Any(t => t.Name == message && t.Namespace == h.Namespace), $"{h.Name} has no message {message} beside it");
        });
    }

    [Fact]
    public void Commands_and_queries_are_sealed_records()
    {
        var messages = Application.GetTypes()
            .Where(t => t.GetInterfaces().Any(i => i.Namespace == "Mediator" && !i.Name.Contains("Handler", StringComparison.Ordinal)
                && (i.Name.StartsWith("ICommand", StringComparison.Ordinal) || i.Name.StartsWith("IQuery", StringComparison.Ordinal))))
            .ToList();

        Assert.NotEmpty(messages);
        Assert.All(messages, m =>
        {
            Assert.True(m.IsSealed, $"{m.Name} is not sealed");
            Assert.NotNull(m.GetMethod("<Clone>$"));
        });
    }

    private static string Failing(TestResult result) =>
        "Offending types: " + string.Join(", ", result.FailingTypeNames ?? []);
}
