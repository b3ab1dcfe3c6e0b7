using System.Globalization;
using Jipp.Domain.Agencies;

namespace Jipp.Domain.Candidacies;

/// <summary>
/// The ministry's three selection criteria for a Hub JIPP, in one place. Each criterion is met
/// when every one of its conditions holds; the reasons say, for each condition, how it stands.
/// </summary>
public static class SelectionCriteria
{
    public static IReadOnlyList<CriterionResult> Judge(Candidacy candidacy, Scores scores, CohortPolicy policy) =>
    [
        Commitment(candidacy, scores, policy),
        InnovationPotential(candidacy, scores, policy),
        StakeholderSupport(candidacy, scores, policy),
    ];

    /// <summary>1. Strong commitment of the provincial government to support innovation.</summary>
    private static CriterionResult Commitment(Candidacy candidacy, Scores scores, CohortPolicy policy)
    {
        var checks = new Checks();
        checks.Add(candidacy.Willingness?.Willing == true, "Willingness was declared.", "No willingness was declared.");
        checks.Add(candidacy.Commitment is not null, "The joint commitment was signed.", "No joint commitment was signed.");
        checks.Add(
            !string.IsNullOrWhiteSpace(candidacy.Readiness?.LeadershipCommitment.RegulationRef),
            "Leadership commitment is evidenced by a regulation reference.",
            "No regulation reference evidences the leadership's commitment.");
        checks.Score(scores.Commitment, policy.MinScore);
        return checks.Result(SelectionCriterion.Commitment);
    }

    /// <summary>2. Innovations that can be developed in the province's leading sectors.</summary>
    private static CriterionResult InnovationPotential(Candidacy candidacy, Scores scores, CohortPolicy policy)
    {
        var checks = new Checks();
        var record = candidacy.TrackRecord;
        checks.Add(
            record.PublishedInnovations >= policy.MinPublishedInnovations,
            $"{record.PublishedInnovations} published innovations meet the minimum of {policy.MinPublishedInnovations}.",
            $"{record.PublishedInnovations} published innovations are fewer than the minimum of {policy.MinPublishedInnovations}.");
        checks.Add(
            record.RegencyCoverage >= policy.MinRegencyCoverage,
            $"Regency coverage {Percent(record.RegencyCoverage)} meets the minimum of {Percent(policy.MinRegencyCoverage)}.",
            $"Regency coverage {Percent(record.RegencyCoverage)} is below the minimum of {Percent(policy.MinRegencyCoverage)}.");
        checks.Add(
            candidacy.Readiness?.LeadingSectors.Count > 0,
            "Leading sectors are named.",
            "No leading sector is named.");
        checks.Score(scores.InnovationPotential, policy.MinScore);
        return checks.Result(SelectionCriterion.InnovationPotential);
    }

    /// <summary>3. Support from the bureaucracy and from stakeholders outside government.</summary>
    private static CriterionResult StakeholderSupport(Candidacy candidacy, Scores scores, CohortPolicy policy)
    {
        var checks = new Checks();
        checks.Add(
            !string.IsNullOrWhiteSpace(candidacy.Readiness?.BureaucracyLiaison.Name),
            "A bureaucracy liaison is named.",
            "No bureaucracy liaison is named.");
        var supporters = candidacy.Readiness?.Partners.Count(p => p.Type.IsOutsideGovernment() && !string.IsNullOrWhiteSpace(p.SupportStatementRef)) ?? 0;
        checks.Add(
            supporters >= policy.MinPartners,
            $"Partners outside government with a support statement: {supporters}, at least the minimum of {policy.MinPartners}.",
            $"Partners outside government with a support statement: {supporters}, fewer than the minimum of {policy.MinPartners}.");
        checks.Score(scores.StakeholderSupport, policy.MinScore);
        return checks.Result(SelectionCriterion.StakeholderSupport);
    }

    private static string Percent(decimal ratio) => ratio.ToString("P0", CultureInfo.InvariantCulture);

    private sealed class Checks
    {
        private readonly List<string> _reasons = [];
        private bool _met = true;

        public void Add(bool holds, string whenMet, string whenUnmet)
        {
            _met &= holds;
            _reasons.Add(holds ? whenMet : whenUnmet);
        }

        public void Score(int score, int minimum) =>
            Add(score >= minimum, $"Score {score} meets the minimum of {minimum}.", $"Score {score} is below the minimum of {minimum}.");

        public CriterionResult Result(SelectionCriterion criterion) => new(criterion, _met, _reasons);
    }
}
