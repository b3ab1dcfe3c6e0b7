using FluentValidation;
using Jipp.Application.Common.Localization;
using Jipp.Application.Common.Validation;

namespace Jipp.Application.Scorecards;

internal static class ScorecardYearRules
{
    /// <summary>A year from 2020 (the first designations) to the current year in WIB; the upper bound moves with the clock, so it is a rule, not a schema bound.</summary>
    public static void ValidScorecardYear<T>(this IRuleBuilder<T, int?> rule, TimeProvider clock) =>
        rule.GreaterThanOrEqualTo(ScorecardPeriod.FirstYear).WithMessage(Messages.ScorecardYear, ScorecardPeriod.FirstYear)
            .Must(year => year is null || year <= ScorecardPeriod.CurrentYear(clock)).WithMessage(Messages.ScorecardYear, ScorecardPeriod.FirstYear);
}
