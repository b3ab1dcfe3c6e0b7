using FluentValidation;
using Jipp.Application.Common.Localization;
using Jipp.Application.Common.Validation;

namespace Jipp.Application.Cohorts.SetCohortPolicy;

public sealed class SetCohortPolicyValidator : AbstractValidator<SetCohortPolicy>
{
    public SetCohortPolicyValidator()
    {
        RuleFor(c => c.Year).InclusiveBetween(2000, 2100).WithMessage(Messages.YearBetween, "year");
        RuleFor(c => c.Input.MinScore).InclusiveBetween(0, 100);
        RuleFor(c => c.Input.MinPublishedInnovations).InclusiveBetween(0, 100_000);
        RuleFor(c => c.Input.MinRegencyCoverage).InclusiveBetween(0m, 1m);
        RuleFor(c => c.Input.MinPartners).InclusiveBetween(0, 100);
    }
}
