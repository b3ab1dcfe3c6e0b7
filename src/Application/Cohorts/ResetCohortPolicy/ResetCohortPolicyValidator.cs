using FluentValidation;
using Jipp.Application.Common.Localization;
using Jipp.Application.Common.Validation;

namespace Jipp.Application.Cohorts.ResetCohortPolicy;

public sealed class ResetCohortPolicyValidator : AbstractValidator<ResetCohortPolicy>
{
    public ResetCohortPolicyValidator() =>
        RuleFor(c => c.Year).InclusiveBetween(2000, 2100).WithMessage(Messages.YearBetween, "year");
}
