using FluentValidation;
using Jipp.Domain.Innovations;

namespace Jipp.Application.Innovations.VerifyInnovation;

public sealed class VerifyInnovationValidator : AbstractValidator<VerifyInnovation>
{
    public VerifyInnovationValidator()
    {
        RuleFor(c => c.Input.Decision).IsInEnum();
        RuleFor(c => c.Input.Notes)
            .Must(n => !string.IsNullOrWhiteSpace(n))
            .When(c => c.Input.Decision == VerificationDecision.Return)
            .WithMessage("notes are required to return an innovation: tell the agency what to revise.");
        RuleFor(c => c.Input.Notes).MaximumLength(InnovationContent.TextMaxLength);
    }
}
