using FluentValidation;
using Jipp.Application.Common.Localization;
using Jipp.Application.Common.Validation;

namespace Jipp.Application.Scorecards.ListHubScorecards;

public sealed class ListHubScorecardsValidator : AbstractValidator<ListHubScorecards>
{
    public ListHubScorecardsValidator(TimeProvider clock)
    {
        RuleFor(q => q.Year).ValidScorecardYear(clock);
        RuleFor(q => q.Sort).IsInEnum().WithMessage(Messages.UnknownScorecardSort);
    }
}
