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
}
