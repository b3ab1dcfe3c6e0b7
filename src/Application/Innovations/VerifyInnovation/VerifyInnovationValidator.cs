using FluentValidation;
using Jipp.Application.Common.Localization;
using Jipp.Application.Common.Validation;
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
            .WithMessage(Messages.ReturnNeedsNotes);
        RuleFor(c => c.Input.Notes).MaximumLength(InnovationContent.TextMaxLength);
    }
}
