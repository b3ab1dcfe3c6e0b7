using FluentValidation;
using Jipp.Application.Common.Localization;
using Jipp.Application.Common.Validation;

namespace Jipp.Application.Candidacies.DesignateHub;

public sealed class DesignateHubValidator : AbstractValidator<DesignateHub>
{
    public DesignateHubValidator(TimeProvider clock)
    {
        RuleFor(c => c.Input.DecreeNumber).RequiredText(100);
        RuleFor(c => c.Input.DesignatedOn)
            .Must(d => d.Year >= 2000 && d <= Dates.LatestToday(clock))
            .WithMessage(Messages.PastDate, "designatedOn");
    }
}
