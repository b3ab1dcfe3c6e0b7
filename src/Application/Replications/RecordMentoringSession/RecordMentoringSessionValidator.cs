using FluentValidation;
using Jipp.Application.Common.Localization;
using Jipp.Application.Common.Validation;
using Jipp.Domain.Replications;

namespace Jipp.Application.Replications.RecordMentoringSession;

public sealed class RecordMentoringSessionValidator : AbstractValidator<RecordMentoringSession>
{
    public RecordMentoringSessionValidator(TimeProvider clock)
    {
        RuleFor(c => c.Input.HeldOn)
            .Must(d => d.Year >= 2000 && d <= Dates.LatestToday(clock))
            .WithMessage(Messages.PastDate, "heldOn");
        RuleFor(c => c.Input.Format).IsInEnum();
        RuleFor(c => c.Input.Topics)
            .NotEmpty().WithMessage(Messages.TopicsRequired)
            .MaxItems(20).WithMessage(Messages.TopicsMax, 20);
        RuleForEach(c => c.Input.Topics).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Input.Notes).MaximumLength(ReplicationRequest.TextMaxLength);
    }
}
