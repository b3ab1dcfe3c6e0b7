using FluentValidation;
using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Localization;
using Jipp.Application.Common.Validation;
using Jipp.Domain.ApiClients;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Application.Innovations.RegisterInnovation;

public sealed class RegisterInnovationValidator : AbstractValidator<RegisterInnovation>
{
    public RegisterInnovationValidator(IJippDbContext db, ICurrentClient client, InnovationInputValidator input)
    {
        RuleFor(c => c.Input).SetValidator(input);
        RuleFor(c => c.Input.AgencyId)
            .NotNull().When(_ => client.Role != ApiClientRole.Agency)
            .WithMessage(Messages.OwnerRequired);
        RuleFor(c => c.Input.AgencyId)
            .MustAsync(async (id, ct) => await db.Agencies.AnyAsync(a => a.Id == id, ct))
            .When(c => c.Input.AgencyId is not null)
            .WithMessage(Messages.UnknownAgency);
    }
}
