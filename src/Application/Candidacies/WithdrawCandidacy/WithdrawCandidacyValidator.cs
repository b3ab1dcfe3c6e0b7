using FluentValidation;
using Jipp.Application.Common.Validation;
using Jipp.Domain.Candidacies;

namespace Jipp.Application.Candidacies.WithdrawCandidacy;

public sealed class WithdrawCandidacyValidator : AbstractValidator<WithdrawCandidacy>
{
    public WithdrawCandidacyValidator() => RuleFor(c => c.Input.Reason).RequiredText(Candidacy.TextMaxLength);
}
