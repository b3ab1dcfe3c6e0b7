using FluentValidation;
using Jipp.Application.Common.Localization;
using Jipp.Application.Common.Validation;
using Jipp.Domain.Replications;

namespace Jipp.Application.Replications.AgreeToReplication;

public sealed class AgreeToReplicationValidator : AbstractValidator<AgreeToReplication>
{
    public AgreeToReplicationValidator(TimeProvider clock)
    {
        RuleFor(c => c.Input.AgreedOn)
            .Must(d => d.Year >= 2000 && d <= Dates.LatestToday(clock))
            .WithMessage(Messages.PastDate, "agreedOn");
        RuleFor(c => c.Input.DocumentRef).RequiredText(ReplicationRequest.ReferenceMaxLength);
    }
}
