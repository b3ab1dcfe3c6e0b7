using FluentValidation;

namespace Jipp.Application.Cohorts.GetCohortPolicy;

public sealed class GetCohortPolicyValidator : AbstractValidator<GetCohortPolicy>
{
    public GetCohortPolicyValidator() =>
        RuleFor(q => q.Year).InclusiveBetween(2000, 2100).WithMessage("year must be between 2000 and 2100.");
}
