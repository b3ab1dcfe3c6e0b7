namespace Jipp.Application.Statistics;

/// <summary>Settings of the statistics refresher, bound from <c>Jipp:Statistics</c>.</summary>
public sealed record StatisticsOptions
{
    public const string SectionName = "Jipp:Statistics";

    public const int DefaultRefreshSeconds = 20;

    /// <summary>The performance target: statistics are never more than a minute old.</summary>
    public const int LimitSeconds = 60;

    /// <summary>
    /// <c>Jipp:Statistics:RefreshSeconds</c>: how often the background refresher computes every statistic
    /// again, from 1 to below <see cref="MaxAgeSeconds"/>; 0 turns the cache off, so that every request
    /// computes its answer (the tests, which check the figures against what they just wrote).
    /// </summary>
    public int RefreshSeconds { get; init; } = DefaultRefreshSeconds;

    /// <summary>
    /// <c>Jipp:Statistics:MaxAgeSeconds</c>: the oldest answer ever served, at most <see cref="LimitSeconds"/>.
    /// While refreshes fail (the database is down), callers get the last answer until it is this old.
    /// </summary>
    public int MaxAgeSeconds { get; init; } = LimitSeconds;

    public bool Cached => RefreshSeconds > 0;

    internal bool IsValid => MaxAgeSeconds is > 0 and <= LimitSeconds && (RefreshSeconds == 0 || RefreshSeconds > 0 && RefreshSeconds < MaxAgeSeconds);
}
