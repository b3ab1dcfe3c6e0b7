using FluentValidation;

namespace Jipp.Application.Scorecards.GetHubScorecard;

public sealed class GetHubScorecardValidator : AbstractValidator<GetHubScorecard>
{
    public GetHubScorecardValidator(TimeProvider clock)
    {
        RuleFor(q => q.Year).ValidScorecardYear(clock);
    }
}
