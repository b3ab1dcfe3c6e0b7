using FluentValidation;
using Jipp.Application.Common.Validation;
using Jipp.Domain.Replications;

namespace Jipp.Application.Replications.RecordMentoringSession;

public sealed class RecordMentoringSessionValidator : AbstractValidator<RecordMentoringSession>
{
    public RecordMentoringSessionValidator(TimeProvider clock)
    {
        RuleFor(c => c.Input.HeldOn)
            .Must(d => d.Year >= 2000 && d <= Dates.LatestToday(clock))
            .WithMessage("heldOn must be a date from 2000 and not in the future.");
        RuleFor(c => c.Input.Format).IsInEnum();
        RuleFor(c => c.Input.Topics)
            .NotEmpty().WithMessage("topics needs at least one topic.")
            .Must(t => t is null || t.Count <= 20).WithMessage("topics holds at most 20 topics.");
        RuleForEach(c => c.Input.Topics).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Input.Notes).MaximumLength(ReplicationRequest.TextMaxLength);
    }
}
