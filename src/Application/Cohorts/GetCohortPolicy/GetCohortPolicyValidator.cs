using FluentValidation;
using Jipp.Application.Common.Localization;
using Jipp.Application.Common.Validation;

namespace Jipp.Application.Cohorts.GetCohortPolicy;

public sealed class GetCohortPolicyValidator : AbstractValidator<GetCohortPolicy>
{
    public GetCohortPolicyValidator() =>
        RuleFor(q => q.Year).InclusiveBetween(2000, 2100).WithMessage(Messages.YearBetween, "year");
}
