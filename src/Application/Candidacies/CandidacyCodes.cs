using Jipp.Domain.Common;

namespace Jipp.Application.Candidacies;

/// <summary>The refusals of shortlisting and designation that the contract names.</summary>
public static class CandidacyRefusals
{
    public static DomainException AlreadyHub() =>
        new("candidacy.already_hub", "This agency already hosts a hub, or its province already has one.");

    public static DomainException AlreadyOpen() =>
        new("candidacy.already_open", "This agency already has an open candidacy; it must end before another can start.");

    public static DomainException NotEligible() =>
        new("candidacy.not_eligible", "A candidate must be a provincial government or a central body (a ministry or agency).");
}
