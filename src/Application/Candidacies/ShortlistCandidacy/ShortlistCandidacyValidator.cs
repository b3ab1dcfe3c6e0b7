using FluentValidation;
using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Localization;
using Jipp.Application.Common.Validation;
using Jipp.Domain.Candidacies;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Application.Candidacies.ShortlistCandidacy;

public sealed class ShortlistCandidacyValidator : AbstractValidator<ShortlistCandidacy>
{
    public ShortlistCandidacyValidator(IJippDbContext db)
    {
        RuleFor(c => c.AgencyId)
            .NotEmpty()
            .MustAsync(async (id, ct) => await db.Agencies.AnyAsync(a => a.Id == id, ct))
            .WithMessage(Messages.UnknownAgency);
        RuleFor(c => c.CohortYear).InclusiveBetween(2000, 2100).WithMessage(Messages.YearOfCohort, "cohortYear");
        RuleFor(c => c.Notes).MaximumLength(Candidacy.TextMaxLength);
    }
}
