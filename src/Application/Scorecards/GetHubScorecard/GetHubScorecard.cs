using Jipp.Application.Common.Errors;
using Jipp.Application.Common.Localization;
using Mediator;

namespace Jipp.Application.Scorecards.GetHubScorecard;

/// <param name="HubId">The hub.</param>
/// <param name="Year">The year; the current year (WIB) when null.</param>
public sealed record GetHubScorecard(Guid HubId, int? Year) : IQuery<HubScorecardDto>;

public sealed class GetHubScorecardHandler(IHubScorecardFigures figures, TimeProvider clock) : IQueryHandler<GetHubScorecard, HubScorecardDto>
{
    public async ValueTask<HubScorecardDto> Handle(GetHubScorecard query, CancellationToken cancellationToken)
    {
        var period = ScorecardPeriod.Of(query.Year, clock);
        var hub = (await figures.ComputeAsync(period, query.HubId, cancellationToken)).SingleOrDefault()
            ?? throw new NotFoundException(Refusals.Hub, query.HubId);
        return hub.ToDto(period.Year);
    }
}
