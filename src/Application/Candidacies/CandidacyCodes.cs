using Jipp.Application.Common.Errors;
using Jipp.Domain.Common;

namespace Jipp.Application.Candidacies;

/// <summary>The refusals of shortlisting and designation that the contract names.</summary>
public static class CandidacyRefusals
{
    public static DomainException AlreadyHub() => Refusal.CandidacyAlreadyHub.ToException();

    public static DomainException AlreadyOpen() => Refusal.CandidacyAlreadyOpen.ToException();

    public static DomainException NotEligible() => Refusal.CandidacyNotEligible.ToException();
}
