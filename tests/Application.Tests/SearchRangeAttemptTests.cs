using Jipp.Application.Innovations.ListInnovations;

namespace Jipp.Application.Tests;

/// <summary>How far a search looks after an attempt among the newest innovations found less than a window (ADR 17).</summary>
public sealed class SearchRangeAttemptTests
{
    private static readonly int[] Depths = [16_000, 32_000, 64_000, 128_000, 256_000];

    [Theory]
    // 66 of 100 among the newest 16,000: a window needs about 24,000, so 32,000 (one range further).
    [InlineData(0, 66, 1)]
    // 43 among 16,000: about 37,000 needed, with the margin 46,500: straight to 64,000, skipping 32,000.
    [InlineData(0, 43, 2)]
    // 84 among 32,000: 47,600 with the margin: 64,000.
    [InlineData(1, 84, 2)]
    // 9 among 16,000: 222,000 with the margin: 256,000.
    [InlineData(0, 9, 4)]
    // 5 among 16,000: 400,000, deeper than every range: no bound.
    [InlineData(0, 5, 5)]
    // Nothing among the newest: a rare word, read wherever its few matches are.
    [InlineData(0, 0, 5)]
    // 99 of 100 at the deepest bounded range: the unbounded attempt is all that is left.
    [InlineData(4, 99, 5)]
    public void The_next_attempt_looks_as_deep_as_the_density_found_so_far_requires(int attempt, int found, int expected) =>
        Assert.Equal(expected, SearchWindows.NextAttempt(Depths, Depths.Length, attempt, found, windowSize: 100));

    [Fact]
    public void Ranges_not_yet_known_are_skipped_to_the_unbounded_attempt() =>
        // A registry of 40,000: only the first two bounds exist; a density that needs 64,000 means all of it.
        Assert.Equal(2, SearchWindows.NextAttempt(Depths, bounded: 2, attempt: 0, found: 43, windowSize: 100));
}
