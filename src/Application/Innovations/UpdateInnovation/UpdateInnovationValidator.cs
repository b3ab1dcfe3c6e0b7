using FluentValidation;
using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Localization;
using Jipp.Application.Common.Validation;

namespace Jipp.Application.Innovations.UpdateInnovation;

public sealed class UpdateInnovationValidator : AbstractValidator<UpdateInnovation>
{
    public UpdateInnovationValidator(IJippDbContext db, TimeProvider clock)
    {
        RuleFor(c => c.Input).SetValidator(new InnovationInputValidator(db, clock));
        RuleFor(c => c.Input.AgencyId).Null().WithMessage(Messages.OwnerUnchangeable);
    }
}
