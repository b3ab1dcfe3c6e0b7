using FluentValidation;
using Jipp.Domain.Candidacies;

namespace Jipp.Application.Candidacies.AssessCandidacy;

public sealed class AssessCandidacyValidator : AbstractValidator<AssessCandidacy>
{
    public AssessCandidacyValidator()
    {
        RuleFor(c => c.Input.Scores.Commitment).InclusiveBetween(0, 100);
        RuleFor(c => c.Input.Scores.InnovationPotential).InclusiveBetween(0, 100);
        RuleFor(c => c.Input.Scores.StakeholderSupport).InclusiveBetween(0, 100);
        RuleFor(c => c.Input.Notes).MaximumLength(Candidacy.TextMaxLength);
    }
}
