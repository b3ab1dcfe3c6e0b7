using FluentValidation;
using Jipp.Application.Common.Interfaces;

namespace Jipp.Application.Innovations.UpdateInnovation;

public sealed class UpdateInnovationValidator : AbstractValidator<UpdateInnovation>
{
    public UpdateInnovationValidator(IJippDbContext db, TimeProvider clock)
    {
        RuleFor(c => c.Input).SetValidator(new InnovationInputValidator(db, clock));
        RuleFor(c => c.Input.AgencyId).Null().WithMessage("agencyId cannot be changed: an innovation keeps its owner.");
    }
}
