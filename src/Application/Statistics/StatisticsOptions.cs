namespace Jipp.Application.Statistics;

/// <summary>Settings of the statistics routes, bound from the <c>Jipp</c> configuration section.</summary>
public sealed record StatisticsOptions
{
    public const string SectionName = "Jipp";

    public const int DefaultCacheSeconds = 30;

    /// <summary>The performance target lets statistics be at most a minute stale.</summary>
    public const int MaxCacheSeconds = 60;

    /// <summary>
    /// <c>Jipp:StatisticsCacheSeconds</c>: how long an answer is served from memory before it is
    /// computed again; 0 disables the cache. From 0 to <see cref="MaxCacheSeconds"/>.
    /// </summary>
    public int StatisticsCacheSeconds { get; init; } = DefaultCacheSeconds;
}
