using FluentValidation;
using Jipp.Application.Common.Interfaces;
using Jipp.Domain.ApiClients;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Application.Innovations.RegisterInnovation;

public sealed class RegisterInnovationValidator : AbstractValidator<RegisterInnovation>
{
    public RegisterInnovationValidator(IJippDbContext db, ICurrentClient client, TimeProvider clock)
    {
        RuleFor(c => c.Input).SetValidator(new InnovationInputValidator(db, clock));
        RuleFor(c => c.Input.AgencyId)
            .NotNull().When(_ => client.Role != ApiClientRole.Agency)
            .WithMessage("agencyId is required: name the agency that owns the innovation.");
        RuleFor(c => c.Input.AgencyId)
            .MustAsync(async (id, ct) => await db.Agencies.AnyAsync(a => a.Id == id, ct))
            .When(c => c.Input.AgencyId is not null)
            .WithMessage("agencyId '{PropertyValue}' is not a known agency.");
    }
}
