namespace Jipp.Application.Innovations.ListInnovations;

/// <summary>Settings of full-text search, bound from the <c>Jipp:Search</c> configuration section.</summary>
public sealed record SearchOptions
{
    public const string SectionName = "Jipp:Search";

    public const int DefaultRankingWindow = 100;

    /// <summary>
    /// <c>Jipp:Search:RankingWindow</c>: how many of the newest matches a search ranks by relevance before it lists
    /// the rest newest first (ADR 0014). The API description states the default; a larger window ranks more matches
    /// at a cost that grows with it. From 2 to 1,000 (tests set it lower to reach the end of the window).
    /// </summary>
    public int RankingWindow { get; init; } = DefaultRankingWindow;

    /// <summary>
    /// <c>Jipp:Search:RangeDepths</c>: how many of the newest innovations a search looks among first, in increasing
    /// order, before it looks among all (<see cref="SearchRanges"/>). Only speed depends on them, never the answer.
    /// </summary>
    /// <remarks>Null until configured, so that configured depths replace the defaults instead of adding to them.</remarks>
    public IReadOnlyList<int>? RangeDepths { get; init; }

    public IReadOnlyList<int> EffectiveRangeDepths => RangeDepths ?? [16_000, 32_000, 64_000, 128_000, 256_000];

    /// <summary>
    /// <c>Jipp:Search:CacheSeconds</c>: how long the ranking window of a search among the published innovations is
    /// kept (<see cref="SearchWindows"/>), 0–60; 0 computes every search. A newly published innovation appears in a
    /// repeated search within this time; a caller's own unpublished innovations always appear at once.
    /// </summary>
    public int CacheSeconds { get; init; } = 30;

    /// <summary>
    /// <c>Jipp:Search:MaxCachedWindows</c>: how many new windows an instance keeps per cache time (10,000 by default,
    /// about 60 MB); beyond it a search never seen in that time is computed for its caller without being kept, so a
    /// flood of new searches cannot fill the memory. 0 keeps none.
    /// </summary>
    public int MaxCachedWindows { get; init; } = 10_000;

    /// <summary>
    /// <c>Jipp:Search:RecentIndexDepths</c>: for each, an index of the words of that many newest published innovations is
    /// kept (rebuilt when twice as many lie above its bound; ADR 31). The ranges of a search and of matchmaking within one
    /// of them read it instead of the whole index: the shallow one serves the searches' first ranges, the deeper ones
    /// matchmaking's rarer terms. Only speed depends on them, never an answer; <c>0</c> alone keeps none.
    /// </summary>
    /// <remarks>Null until configured, so that configured depths replace the defaults instead of adding to them.</remarks>
    public IReadOnlyList<int>? RecentIndexDepths { get; init; }

    public IReadOnlyList<int> EffectiveRecentIndexDepths => RecentIndexDepths ?? [32_000, 128_000, 256_000];
}
