using Mediator;

namespace Jipp.Application.Scorecards.ListHubScorecards;

/// <param name="Year">The year; the current year (WIB) when null.</param>
/// <param name="Sort">The order of the list.</param>
public sealed record ListHubScorecards(int? Year, ScorecardSort Sort) : IQuery<HubScorecardListDto>;

public sealed class ListHubScorecardsHandler(IHubScorecardFigures figures, TimeProvider clock) : IQueryHandler<ListHubScorecards, HubScorecardListDto>
{
    public async ValueTask<HubScorecardListDto> Handle(ListHubScorecards query, CancellationToken cancellationToken)
    {
        var period = ScorecardPeriod.Of(query.Year, clock);
        var items = (await figures.ComputeAsync(period, null, cancellationToken)).Select(f => f.ToDto(period.Year));
        return new HubScorecardListDto(period.Year, query.Sort, Sort(items, query.Sort));
    }

    /// <summary>The figure named, largest first; ties, and the province order itself, by province code (hubs of central bodies last), then hub id.</summary>
    internal static List<HubScorecardDto> Sort(IEnumerable<HubScorecardDto> items, ScorecardSort sort)
    {
        var ordered = sort switch
        {
            ScorecardSort.PublishedInnovations => items.OrderByDescending(s => s.PublishedInnovations.Count),
            ScorecardSort.ReplicationsCompleted => items.OrderByDescending(s => s.Replications.Completed),
            ScorecardSort.Activities => items.OrderByDescending(s => s.Activities.Total),
            ScorecardSort.AgenciesReached => items.OrderByDescending(s => s.AgenciesReached),
            ScorecardSort.Coverage => items.OrderByDescending(s => s.RegencyCoverage.Ratio),
            ScorecardSort.Province => items.OrderBy(_ => 0),
            _ => throw new ArgumentOutOfRangeException(nameof(sort), sort, "Not a scorecard order."),
        };
        return [.. ordered.ThenBy(s => s.ProvinceCode is null).ThenBy(s => s.ProvinceCode, StringComparer.Ordinal).ThenBy(s => s.HubId)];
    }
}
