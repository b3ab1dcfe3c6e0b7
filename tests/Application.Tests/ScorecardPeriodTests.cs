using Jipp.Application.Scorecards;
using Jipp.Application.Scorecards.ListHubScorecards;

namespace Jipp.Application.Tests;

/// <summary>The scorecard year in WIB (UTC+7): its bounds, and the current year as the clock moves past midnight in Jakarta.</summary>
public sealed class ScorecardPeriodTests
{
    // 31 December 2025 at 23:30 WIB, and an hour later, 1 January 2026 at 00:30 WIB; both are 31 December in UTC.
    private static readonly DateTimeOffset LastEveningOf2025 = new(2025, 12, 31, 16, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset FirstNightOf2026 = new(2025, 12, 31, 17, 30, 0, TimeSpan.Zero);

    [Fact]
    public void A_year_runs_from_midnight_to_midnight_in_Jakarta()
    {
        var period = ScorecardPeriod.Of(2024, new Clock(LastEveningOf2025));

        Assert.Equal(new DateTimeOffset(2023, 12, 31, 17, 0, 0, TimeSpan.Zero), period.Start);
        Assert.Equal(new DateTimeOffset(2024, 12, 31, 17, 0, 0, TimeSpan.Zero), period.End);
        Assert.Equal(new DateTimeOffset(2022, 12, 31, 17, 0, 0, TimeSpan.Zero), period.PreviousStart);
        Assert.Equal(new DateOnly(2024, 1, 1), period.FirstDay);
        Assert.Equal(new DateOnly(2024, 12, 31), period.LastDay);
        Assert.Equal(new DateOnly(2024, 12, 31), period.LastHeldDay);
    }

    [Fact]
    public void The_current_year_counts_activities_up_to_today_in_WIB()
    {
        var period = ScorecardPeriod.Of(null, new Clock(new DateTimeOffset(2025, 6, 14, 18, 0, 0, TimeSpan.Zero)));

        // 18:00 UTC on 14 June is 01:00 WIB on 15 June.
        Assert.Equal(2025, period.Year);
        Assert.Equal(new DateOnly(2025, 6, 15), period.LastHeldDay);
    }

    [Fact]
    public void The_current_year_turns_at_midnight_WIB_not_UTC()
    {
        Assert.Equal(2025, ScorecardPeriod.CurrentYear(new Clock(LastEveningOf2025)));
        Assert.Equal(2026, ScorecardPeriod.CurrentYear(new Clock(FirstNightOf2026)));

        Assert.False(new ListHubScorecardsValidator(new Clock(LastEveningOf2025)).Validate(new ListHubScorecards(2026, ScorecardSort.Province)).IsValid);
        Assert.True(new ListHubScorecardsValidator(new Clock(FirstNightOf2026)).Validate(new ListHubScorecards(2026, ScorecardSort.Province)).IsValid);
        Assert.False(new ListHubScorecardsValidator(new Clock(FirstNightOf2026)).Validate(new ListHubScorecards(2027, ScorecardSort.Province)).IsValid);
    }

    [Theory]
    [InlineData(2019, false)]
    [InlineData(2020, true)]
    [InlineData(2025, true)]
    [InlineData(null, true)]
    public void Years_from_2020_are_accepted(int? year, bool valid)
    {
        var result = new ListHubScorecardsValidator(new Clock(LastEveningOf2025)).Validate(new ListHubScorecards(year, ScorecardSort.PublishedInnovations));

        Assert.Equal(valid, result.IsValid);
        Assert.All(result.Errors, e => Assert.Equal(nameof(ListHubScorecards.Year), e.PropertyName));
    }

    [Fact]
    public void An_undefined_sort_is_refused()
    {
        var result = new ListHubScorecardsValidator(new Clock(LastEveningOf2025)).Validate(new ListHubScorecards(2024, (ScorecardSort)42));

        Assert.Contains(result.Errors, e => e.PropertyName == nameof(ListHubScorecards.Sort));
    }

    private sealed class Clock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
