using FluentValidation;

namespace Jipp.Application.Candidacies.InviteCandidate;

public sealed class InviteCandidateValidator : AbstractValidator<InviteCandidate>
{
    public InviteCandidateValidator()
    {
        RuleFor(c => c.Input.MeetingOn).Must(d => d.Year is >= 2000 and <= 2100).WithMessage("meetingOn must be a date between 2000 and 2100.");
        RuleFor(c => c.Input.Format).IsInEnum();
    }
}
