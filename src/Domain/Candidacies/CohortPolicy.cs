using Jipp.Domain.Common;

namespace Jipp.Domain.Candidacies;

/// <summary>The thresholds the ministry applies to the candidacies of one cohort year.</summary>
public sealed class CohortPolicy : VersionedAggregateRoot
{
    public const int DefaultMinScore = 70;
    public const int DefaultMinPublishedInnovations = 10;
    public const decimal DefaultMinRegencyCoverage = 0.25m;
    public const int DefaultMinPartners = 1;

    private CohortPolicy(int year, int minScore, int minPublishedInnovations, decimal minRegencyCoverage, int minPartners, DateTimeOffset? updatedAt)
    {
        Year = year;
        MinScore = minScore;
        MinPublishedInnovations = minPublishedInnovations;
        MinRegencyCoverage = minRegencyCoverage;
        MinPartners = minPartners;
        UpdatedAt = updatedAt;
    }

    public int Year { get; private set; }


    /// <summary>Minimum assessment score (0–100) for each criterion.</summary>
    public int MinScore { get; private set; }

    public int MinPublishedInnovations { get; private set; }

    /// <summary>Minimum share (0–1) of the province's regencies and cities with a published innovation.</summary>
    public decimal MinRegencyCoverage { get; private set; }

    /// <summary>Minimum number of partners outside government with a support statement.</summary>
    public int MinPartners { get; private set; }

    /// <summary>When the ministry last set it; null for the defaults.</summary>
    public DateTimeOffset? UpdatedAt { get; private set; }

    public static CohortPolicy Default(int year) =>
        new(year, DefaultMinScore, DefaultMinPublishedInnovations, DefaultMinRegencyCoverage, DefaultMinPartners, null);

    public static CohortPolicy Create(int year, int minScore, int minPublishedInnovations, decimal minRegencyCoverage, int minPartners, DateTimeOffset now)
    {
        var policy = new CohortPolicy(year, minScore, minPublishedInnovations, minRegencyCoverage, minPartners, now);
        policy.Raise(new CohortPolicyChanged(year, minScore, minPublishedInnovations, minRegencyCoverage, minPartners, false, now));
        return policy;
    }

    public void Change(int minScore, int minPublishedInnovations, decimal minRegencyCoverage, int minPartners, DateTimeOffset now)
    {
        MinScore = minScore;
        MinPublishedInnovations = minPublishedInnovations;
        MinRegencyCoverage = minRegencyCoverage;
        MinPartners = minPartners;
        UpdatedAt = now;
        Raise(new CohortPolicyChanged(Year, minScore, minPublishedInnovations, minRegencyCoverage, minPartners, false, now));
    }

    /// <summary>Gives the cohort back the defaults; the record is then removed, so reading it gives the defaults.</summary>
    public void Reset(DateTimeOffset now) =>
        Raise(new CohortPolicyChanged(Year, DefaultMinScore, DefaultMinPublishedInnovations, DefaultMinRegencyCoverage, DefaultMinPartners, true, now));
}
