using FluentValidation;
using Jipp.Application.Common.Localization;
using Jipp.Application.Common.Validation;
using Jipp.Domain.Replications;

namespace Jipp.Application.Replications.CompleteReplication;

public sealed class CompleteReplicationValidator : AbstractValidator<CompleteReplication>
{
    public CompleteReplicationValidator(TimeProvider clock)
    {
        RuleFor(c => c.Input.CompletedOn)
            .Must(d => d.Year >= 2000 && d <= Dates.LatestToday(clock))
            .WithMessage(Messages.PastDate, "completedOn");
        RuleFor(c => c.Input.ResultsSummary).RequiredText(ReplicationRequest.TextMaxLength);
    }
}
