using FluentValidation;
using Jipp.Domain.Candidacies;

namespace Jipp.Application.Candidacies.AnswerInvitation;

public sealed class AnswerInvitationValidator : AbstractValidator<AnswerInvitation>
{
    public AnswerInvitationValidator() =>
        RuleFor(c => c.Input.StatementRef).MaximumLength(Candidacy.ReferenceMaxLength);
}
