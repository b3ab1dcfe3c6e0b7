using FluentValidation;

namespace Jipp.Application.Innovations.UpdateInnovation;

public sealed class UpdateInnovationValidator : AbstractValidator<UpdateInnovation>
{
    public UpdateInnovationValidator(InnovationInputValidator input)
    {
        // agencyId may be sent back as read; the handler refuses any other than the owner's, which it loads.
        RuleFor(c => c.Input).SetValidator(input);
    }
}
