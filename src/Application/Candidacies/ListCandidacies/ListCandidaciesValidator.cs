using FluentValidation;
using Jipp.Application.Common.Localization;
using Jipp.Application.Common.Validation;

namespace Jipp.Application.Candidacies.ListCandidacies;

public sealed class ListCandidaciesValidator : AbstractValidator<ListCandidacies>
{
    public ListCandidaciesValidator()
    {
        RuleFor(q => q.PageSize).ValidPageSize();
        RuleFor(q => q.Cursor).ValidCursor<ListCandidacies, CandidacyCursor>();
        RuleFor(q => q.CohortYear).InclusiveBetween(2000, 2100).WithMessage(Messages.YearOfCohort, "cohortYear");
        RuleFor(q => q.State).IsInEnum().WithMessage(Messages.UnknownCandidacyState);
    }
}
