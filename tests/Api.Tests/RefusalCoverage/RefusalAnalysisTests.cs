using System.Reflection;
using Jipp.Application.Common.Errors;
using Jipp.Application.Common.Localization;
using Jipp.Domain.Candidacies;
using Jipp.Domain.Common;
using Mediator;

namespace Jipp.Api.Tests.RefusalCoverage;

/// <summary>
/// The analysis behind <see cref="RefusalCompletenessTests"/> finds what it must, run on deliberately
/// wrong fixtures: a handler that raises a code its endpoint does not declare, through an async
/// lambda and a domain method, and refusal sites whose code cannot be told.
/// </summary>
public sealed class RefusalAnalysisTests
{
    private static readonly RefusalAnalysis Analysis = new(
        typeof(RefusalAnalysisTests).Assembly, typeof(Refusal).Assembly, typeof(DomainException).Assembly);

    private static MethodInfo Endpoint(string name) => typeof(FixtureEndpoints).GetMethod(name, BindingFlags.Static | BindingFlags.NonPublic)!;

    [Fact]
    public void A_code_raised_deep_in_a_handler_is_found_through_the_command_it_sends()
    {
        var result = Analysis.Analyze(Endpoint(nameof(FixtureEndpoints.Designate)));

        Assert.Equal(typeof(FixtureDesignate), Assert.Single(result.Messages));
        Assert.Empty(result.Problems);

        // Thrown by the handler itself, inside an async lambda…
        Assert.Contains("fixture.undocumented", result.Codes.Keys);

        // …through a catalog entry…
        Assert.Contains("candidacy.already_hub", result.Codes.Keys);

        // …and by the domain: Candidacy.Designate → Require → InvalidTransitionException, and CriteriaNotMetException.
        Assert.Contains("invalid_transition", result.Codes.Keys);
        Assert.Contains("candidacy.criteria_not_met", result.Codes.Keys);
        Assert.Contains("not_found", result.Codes.Keys);
        Assert.Contains("validation", result.Codes.Keys);
        Assert.Contains("Candidacy.Require", result.Codes["invalid_transition"], StringComparison.Ordinal);
    }

    [Fact]
    public void The_completeness_check_names_the_code_its_endpoint_does_not_document()
    {
        // What DesignateHub documents (invalid_transition, criteria_not_met, …) does not cover the fixture's new rule.
        var documented = new HashSet<string> { "validation", "not_found", "invalid_transition", "candidacy.criteria_not_met", "candidacy.already_hub" };

        var missing = Analysis.Analyze(Endpoint(nameof(FixtureEndpoints.Designate))).Codes.Keys.Where(c => !documented.Contains(c));

        Assert.Equal("fixture.undocumented", Assert.Single(missing));
    }

    [Fact]
    public void A_command_bound_from_the_body_is_followed_too()
    {
        var result = Analysis.Analyze(Endpoint(nameof(FixtureEndpoints.DesignateFromBody)));

        Assert.Contains("fixture.undocumented", result.Codes.Keys);
    }

    [Fact]
    public void A_code_that_is_not_a_literal_is_reported_instead_of_passing_unseen()
    {
        var result = Analysis.Analyze(Endpoint(nameof(FixtureEndpoints.Unknowable)));

        Assert.Equal(2, result.Problems.Count);
        Assert.All(result.Problems, p => Assert.Contains("FixtureUnknowableHandler", p, StringComparison.Ordinal));
        Assert.DoesNotContain("fixture.one", result.Codes.Keys);
        Assert.DoesNotContain("fixture.two", result.Codes.Keys);
    }

    [Fact]
    public void A_refusal_of_an_interface_implementation_is_found_through_the_interface()
    {
        var result = Analysis.Analyze(Endpoint(nameof(FixtureEndpoints.ThroughInterface)));

        Assert.Contains("hub.duplicate_partner", result.Codes.Keys);
    }
}

// Fixtures: they are never run, only read.
#pragma warning disable CA1812, CA1822, CS1998

internal static class FixtureEndpoints
{
    internal static async Task<int> Designate(Guid id, ISender sender, CancellationToken ct) => await sender.Send(new FixtureDesignate(id), ct);

    internal static async Task<int> DesignateFromBody(FixtureDesignate command, ISender sender, CancellationToken ct) => await sender.Send(command, ct);

    internal static async Task<int> Unknowable(ISender sender, CancellationToken ct) => await sender.Send(new FixtureUnknowable(DateTime.UtcNow.Second), ct);

    internal static async Task<int> ThroughInterface(ISender sender, CancellationToken ct) => await sender.Send(new FixtureThroughInterface(), ct);
}

public sealed record FixtureDesignate(Guid Id) : ICommand<int>;

public sealed class FixtureDesignateValidator : FluentValidation.AbstractValidator<FixtureDesignate>;

internal sealed class FixtureDesignateHandler : ICommandHandler<FixtureDesignate, int>
{
    public async ValueTask<int> Handle(FixtureDesignate command, CancellationToken cancellationToken) =>
        await Run(
            async ct =>
            {
                var candidacy = await Load(command.Id) ?? throw new NotFoundException(Refusals.Candidacy, command.Id);
                if (candidacy.HubId is not null)
                {
                    throw Refusal.CandidacyAlreadyHub.ToException();
                }

                if (candidacy.CohortYear < 2000)
                {
                    // The new rule nobody declared.
                    throw new DomainException("fixture.undocumented", "A rule that no endpoint declares.");
                }

                candidacy.Designate("1/2026", new DateOnly(2026, 1, 1), CohortPolicy.Default(2026), Guid.Empty, DateTimeOffset.UnixEpoch);
                return 1;
            },
            cancellationToken);

    private static Task<int> Run(Func<CancellationToken, Task<int>> work, CancellationToken ct) => work(ct);

    private static Task<Candidacy?> Load(Guid id) => Task.FromResult<Candidacy?>(null);
}

public sealed record FixtureUnknowable(int Choice) : ICommand<int>;

internal sealed class FixtureUnknowableHandler : ICommandHandler<FixtureUnknowable, int>
{
    private static readonly string Code = "fixture.one";

    public ValueTask<int> Handle(FixtureUnknowable command, CancellationToken cancellationToken)
    {
        if (command.Choice == 1)
        {
            // Read from a field at run time: the analysis cannot tell the code.
            throw new DomainException(Code, "From a field.");
        }

        // Either of two codes: the analysis does not guess.
        throw new DomainException(command.Choice == 2 ? "fixture.one" : "fixture.two", "One of two.");
    }
}

public sealed record FixtureThroughInterface : ICommand<int>;

public interface IFixtureRule
{
    void Check();
}

internal sealed class FixtureRule : IFixtureRule
{
    public void Check() => throw Refusal.HubDuplicatePartner.ToException("Universitas Airlangga");
}

internal sealed class FixtureThroughInterfaceHandler(IFixtureRule rule) : ICommandHandler<FixtureThroughInterface, int>
{
    public ValueTask<int> Handle(FixtureThroughInterface command, CancellationToken cancellationToken)
    {
        rule.Check();
        return ValueTask.FromResult(0);
    }
}

#pragma warning restore CA1812, CA1822, CS1998
