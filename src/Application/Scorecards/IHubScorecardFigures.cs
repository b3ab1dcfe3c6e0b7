namespace Jipp.Application.Scorecards;

/// <summary>
/// Computes the scorecard figures of hubs for a period in a fixed number of aggregate statements, whatever the
/// number of hubs or innovations (Infrastructure: the figures read jsonb members and need SQL's ordered-set
/// aggregates, which LINQ does not express).
/// </summary>
public interface IHubScorecardFigures
{
    /// <summary>The figures of <paramref name="hubId"/>, or of every hub designated in or before the period's year when null.</summary>
    Task<IReadOnlyList<HubYearFigures>> ComputeAsync(ScorecardPeriod period, Guid? hubId, CancellationToken cancellationToken);
}

/// <summary>One hub's raw figures for a period; see <see cref="HubScorecardDto"/> for what each means.</summary>
public sealed record HubYearFigures(
    Guid HubId,
    string HubName,
    string? ProvinceCode,
    string? ProvinceName,
    int DesignationYear,
    int Mentoring,
    int KnowledgeExchange,
    int Promotion,
    int ReplicationForum,
    int AgenciesReached,
    int Facilitated,
    int Verified,
    int Completed,
    decimal? MedianDaysToCompletion,
    int Published,
    int PublishedPreviousYear,
    int Regencies,
    int CoveredAtEnd,
    int CoveredAtPreviousEnd,
    int Partners)
{
    public HubScorecardDto ToDto(int year) => new(
        HubId,
        HubName,
        ProvinceCode,
        ProvinceName,
        DesignationYear,
        year,
        new ScorecardActivitiesDto(Mentoring + KnowledgeExchange + Promotion + ReplicationForum, Mentoring, KnowledgeExchange, Promotion, ReplicationForum),
        AgenciesReached,
        new ScorecardReplicationsDto(Facilitated, Verified, Completed, MedianDaysToCompletion),
        new ScorecardPublishedInnovationsDto(Published, PublishedPreviousYear, Published - PublishedPreviousYear),
        new ScorecardRegencyCoverageDto(Regencies, CoveredAtEnd, CoveredAtPreviousEnd, Ratio(CoveredAtEnd, Regencies), Ratio(CoveredAtPreviousEnd, Regencies)),
        Partners);

    private static decimal Ratio(int covered, int total) => total == 0 ? 0m : Math.Round((decimal)covered / total, 4, MidpointRounding.AwayFromZero);
}
