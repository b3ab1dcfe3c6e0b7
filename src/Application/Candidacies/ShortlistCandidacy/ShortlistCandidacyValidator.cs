using FluentValidation;
using Jipp.Application.Common.Interfaces;
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
            .WithMessage("agencyId '{PropertyValue}' is not a known agency.");
        RuleFor(c => c.CohortYear).InclusiveBetween(2000, 2100).WithMessage("cohortYear must be a year between 2000 and 2100.");
        RuleFor(c => c.Notes).MaximumLength(Candidacy.TextMaxLength);
    }
}
