namespace Jipp.Application.Scorecards;

/// <summary>
/// The calendar year of a scorecard, bounded in Western Indonesian Time (WIB): the ministry's reporting year
/// starts and ends at midnight in Jakarta, not in UTC.
/// </summary>
public sealed record ScorecardPeriod
{
    /// <summary>The first year with scorecards: the first hubs were designated in 2020.</summary>
    public const int FirstYear = 2020;

    /// <summary>WIB is UTC+7 all year (Indonesia keeps no daylight saving time), so a fixed offset is exact and needs no time zone database.</summary>
    public static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    private ScorecardPeriod(int year, DateOnly today)
    {
        Year = year;
        Start = new DateTimeOffset(year, 1, 1, 0, 0, 0, Wib);
        End = Start.AddYears(1);
        PreviousStart = Start.AddYears(-1);
        FirstDay = new DateOnly(year, 1, 1);
        LastDay = new DateOnly(year, 12, 31);
        LastHeldDay = today < LastDay ? today : LastDay;
    }

    public int Year { get; }

    /// <summary>1 January 00:00 WIB of the year.</summary>
    public DateTimeOffset Start { get; }

    /// <summary>1 January 00:00 WIB of the next year (excluded).</summary>
    public DateTimeOffset End { get; }

    /// <summary>1 January 00:00 WIB of the year before.</summary>
    public DateTimeOffset PreviousStart { get; }

    public DateOnly FirstDay { get; }

    public DateOnly LastDay { get; }

    /// <summary>The last day whose activities count as held: 31 December, or today (WIB) in the current year.</summary>
    public DateOnly LastHeldDay { get; }

    /// <summary>The current year in WIB.</summary>
    public static int CurrentYear(TimeProvider clock) => Today(clock).Year;

    /// <summary>Today's date in WIB.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Wib).DateTime);

    /// <summary>The period of <paramref name="year"/>, or of the current year (WIB) when null.</summary>
    public static ScorecardPeriod Of(int? year, TimeProvider clock)
    {
        var today = Today(clock);
        return new ScorecardPeriod(year ?? today.Year, today);
    }
}
