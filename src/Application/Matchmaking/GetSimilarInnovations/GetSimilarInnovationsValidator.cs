using FluentValidation;
using Jipp.Application.Common.Localization;
using Jipp.Application.Common.Validation;

namespace Jipp.Application.Matchmaking.GetSimilarInnovations;

public sealed class GetSimilarInnovationsValidator : AbstractValidator<GetSimilarInnovations>
{
    public GetSimilarInnovationsValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, MatchmakingLimits.MaxLimit).WithMessage(Messages.EventsLimit, MatchmakingLimits.MaxLimit);
    }
}
