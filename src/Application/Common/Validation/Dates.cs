namespace Jipp.Application.Common.Validation;

public static class Dates
{
    /// <summary>Today's date in Indonesia's easternmost time zone (WIT, UTC+9), so that no local "today" is refused as future.</summary>
    public static DateOnly LatestToday(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddHours(9));
}
