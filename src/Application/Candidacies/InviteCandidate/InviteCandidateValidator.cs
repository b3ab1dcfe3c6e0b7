using FluentValidation;
using Jipp.Application.Common.Localization;
using Jipp.Application.Common.Validation;

namespace Jipp.Application.Candidacies.InviteCandidate;

public sealed class InviteCandidateValidator : AbstractValidator<InviteCandidate>
{
    public InviteCandidateValidator()
    {
        RuleFor(c => c.Input.MeetingOn).Must(d => d.Year is >= 2000 and <= 2100).WithMessage(Messages.DateBetween, "meetingOn");
        RuleFor(c => c.Input.Format).IsInEnum();
    }
}
