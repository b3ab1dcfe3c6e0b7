using FluentValidation;
using Jipp.Application.Common.Validation;
using Jipp.Domain.Candidacies;

namespace Jipp.Application.Candidacies.RejectCandidacy;

public sealed class RejectCandidacyValidator : AbstractValidator<RejectCandidacy>
{
    public RejectCandidacyValidator() => RuleFor(c => c.Input.Reason).RequiredText(Candidacy.TextMaxLength);
}
