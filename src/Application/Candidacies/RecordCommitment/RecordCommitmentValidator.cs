using FluentValidation;
using Jipp.Application.Common.Localization;
using Jipp.Application.Common.Validation;
using Jipp.Domain.Candidacies;

namespace Jipp.Application.Candidacies.RecordCommitment;

public sealed class RecordCommitmentValidator : AbstractValidator<RecordCommitment>
{
    public RecordCommitmentValidator(TimeProvider clock)
    {
        RuleFor(c => c.Input.SignedOn)
            .Must(d => d.Year >= 2000 && d <= Dates.LatestToday(clock))
            .WithMessage(Messages.PastDate, "signedOn");
        RuleFor(c => c.Input.DocumentRef).RequiredText(Candidacy.ReferenceMaxLength);
    }
}
