using FluentValidation;
using Jipp.Application.Common.Localization;
using Jipp.Application.Common.Validation;

namespace Jipp.Application.Innovations.UpdateInnovation;

public sealed class UpdateInnovationValidator : AbstractValidator<UpdateInnovation>
{
    public UpdateInnovationValidator(InnovationInputValidator input)
    {
        RuleFor(c => c.Input).SetValidator(input);
        RuleFor(c => c.Input.AgencyId).Null().WithMessage(Messages.OwnerUnchangeable);
    }
}
