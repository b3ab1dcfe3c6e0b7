using FluentValidation;

namespace Jipp.Application.Innovations.RegisterInnovation;

/// <summary>
/// The body's own rules, built once. Who owns the innovation is checked by the handler, which reads the owner agency
/// anyway: an <c>agencyId</c> that names no agency is a 400 on <c>agencyId</c> from the same query, not a second one.
/// </summary>
public sealed class RegisterInnovationValidator : AbstractValidator<RegisterInnovation>
{
    public RegisterInnovationValidator(InnovationInputValidator input)
    {
        RuleFor(c => c.Input).SetValidator(input);
    }
}
