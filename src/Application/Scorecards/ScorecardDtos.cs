namespace Jipp.Application.Scorecards;

/// <summary>
/// A hub's figures for one calendar year, for the ministry's yearly evaluation of its hubs. Years run from
/// 1 January 00:00 to 31 December 24:00 Western Indonesian Time (WIB, UTC+7): an instant such as a publication
/// at 2024-12-31T17:30Z (1 January 2025, 00:30 WIB) belongs to 2025. Dates without a time (an activity's
/// `heldOn`, a replication's `completedOn`) count in the year they name.
/// </summary>
/// <param name="HubId">The hub.</param>
/// <param name="HubName">The name of the hub's host agency (for a provincial hub, its provincial government).</param>
/// <param name="ProvinceCode">The hub's province (Kemendagri code); null for a hub of a central body.</param>
/// <param name="ProvinceName">The province's official name; null for a hub of a central body.</param>
/// <param name="DesignationYear">The year the hub was designated.</param>
/// <param name="Year">The year these figures describe.</param>
/// <param name="Activities">Activities the hub held in the year, by type.</param>
/// <param name="AgenciesReached">Distinct agencies the hub worked with in the year: those named in `agencyIds` of its activities held in the year, together with the requesters of the replication requests it facilitated that were made in the year (an agency in both counts once).</param>
/// <param name="Replications">Replication requests the hub facilitates (`facilitatingHubId`).</param>
/// <param name="PublishedInnovations">Innovations of the hub's province published in the year.</param>
/// <param name="RegencyCoverage">How many of the province's regencies and cities had a published innovation at the end of the year, and at the end of the year before.</param>
/// <param name="Partners">The hub's partners (mitra) today: partners carry no dates, so the number is the same whatever the year asked.</param>
public sealed record HubScorecardDto(
    Guid HubId,
    string HubName,
    string? ProvinceCode,
    string? ProvinceName,
    int DesignationYear,
    int Year,
    ScorecardActivitiesDto Activities,
    int AgenciesReached,
    ScorecardReplicationsDto Replications,
    ScorecardPublishedInnovationsDto PublishedInnovations,
    ScorecardRegencyCoverageDto RegencyCoverage,
    int Partners);

/// <summary>
/// Activities the hub recorded with a `heldOn` date in the year. In the current year only those held by today
/// (WIB) count: an activity recorded ahead of its date is planned, not yet held.
/// </summary>
/// <param name="Total">All of them: the sum of the four types.</param>
/// <param name="Mentoring">Mentoring (pendampingan).</param>
/// <param name="KnowledgeExchange">Knowledge exchange with other institutions.</param>
/// <param name="Promotion">Promotion of innovations.</param>
/// <param name="ReplicationForum">Replication forums.</param>
public sealed record ScorecardActivitiesDto(int Total, int Mentoring, int KnowledgeExchange, int Promotion, int ReplicationForum);

/// <summary>Replication requests the hub facilitates.</summary>
/// <param name="Facilitated">Requests facilitated by the hub that were made (`createdAt`) in the year, whatever became of them since (also rejected or cancelled ones).</param>
/// <param name="Verified">Of those, the ones the hub (or the ministry) approved at verification, whatever their state now.</param>
/// <param name="Completed">Requests facilitated by the hub that were completed in the year (`completion.completedOn` in the year), whenever they were made.</param>
/// <param name="MedianDaysToCompletion">Over the requests counted in `completed`: the median of the days from the request's creation (its date in WIB) to its `completedOn`; with an even number of them, the mean of the two middle ones (so it may end in .5). Null when none was completed in the year.</param>
public sealed record ScorecardReplicationsDto(int Facilitated, int Verified, int Completed, decimal? MedianDaysToCompletion);

/// <summary>
/// Innovations of agencies in the hub's province (of its own agency, for a hub of a central body) whose
/// `publishedAt` falls in the year. One published then and archived later still counts: the figure of a past
/// year does not change afterwards.
/// </summary>
/// <param name="Count">Published in the year.</param>
/// <param name="PreviousYear">Published in the year before.</param>
/// <param name="Change">`count - previousYear`: negative when fewer were published than the year before.</param>
public sealed record ScorecardPublishedInnovationsDto(int Count, int PreviousYear, int Change);

/// <summary>
/// The province's regencies and cities with at least one innovation (of an agency located there) that was
/// published at the end of the year: `publishedAt` before 1 January of the next year (WIB), and not archived
/// before that moment. All zero for a hub of a central body.
/// </summary>
/// <param name="Regencies">The province's regencies and cities.</param>
/// <param name="CoveredAtEnd">Those with a published innovation at the end of the year.</param>
/// <param name="CoveredAtPreviousEnd">Those with a published innovation at the end of the year before.</param>
/// <param name="Ratio">`coveredAtEnd / regencies`, rounded to 4 decimals; 0 when the province has none.</param>
/// <param name="PreviousRatio">`coveredAtPreviousEnd / regencies`, rounded to 4 decimals.</param>
public sealed record ScorecardRegencyCoverageDto(int Regencies, int CoveredAtEnd, int CoveredAtPreviousEnd, decimal Ratio, decimal PreviousRatio);

/// <summary>The scorecards of every hub for one year, in the order asked; not paged.</summary>
/// <param name="Year">The year of the figures.</param>
/// <param name="Sort">The order of `items`.</param>
/// <param name="Items">One scorecard per hub designated in or before the year (active or not).</param>
public sealed record HubScorecardListDto(int Year, ScorecardSort Sort, IReadOnlyList<HubScorecardDto> Items);

/// <summary>The order of a list of scorecards: the figure named, largest first, ties by province code; or by province code.</summary>
public enum ScorecardSort
{
    /// <summary>`publishedInnovations.count`, largest first.</summary>
    PublishedInnovations,

    /// <summary>`replications.completed`, largest first.</summary>
    ReplicationsCompleted,

    /// <summary>`activities.total`, largest first.</summary>
    Activities,

    /// <summary>`agenciesReached`, largest first.</summary>
    AgenciesReached,

    /// <summary>`regencyCoverage.ratio`, largest first.</summary>
    Coverage,

    /// <summary>`provinceCode`, ascending (hubs of central bodies last).</summary>
    Province,
}
