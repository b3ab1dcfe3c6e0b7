using Jipp.Domain.Agencies;

namespace Jipp.Domain.Candidacies;

/// <summary>
/// The ministry's three selection criteria for a Hub JIPP, in one place. Each criterion is met
/// when every one of its conditions holds; the reasons say, for each condition, how it stands (as
/// a code with its figures, which the API words in the caller's language).
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
        checks.Add(candidacy.Willingness?.Willing == true, SelectionConditions.Willingness);
        checks.Add(candidacy.Commitment is not null, SelectionConditions.JointCommitment);
        checks.Add(!string.IsNullOrWhiteSpace(candidacy.Readiness?.LeadershipCommitment.RegulationRef), SelectionConditions.RegulationReference);
        checks.Score(scores.Commitment, policy.MinScore);
        return checks.Result(SelectionCriterion.Commitment);
    }

    /// <summary>2. Innovations that can be developed in the province's leading sectors.</summary>
    private static CriterionResult InnovationPotential(Candidacy candidacy, Scores scores, CohortPolicy policy)
    {
        var checks = new Checks();
        var record = candidacy.TrackRecord;
        checks.Add(record.PublishedInnovations >= policy.MinPublishedInnovations, SelectionConditions.PublishedInnovations, record.PublishedInnovations, policy.MinPublishedInnovations);
        checks.Add(record.RegencyCoverage >= policy.MinRegencyCoverage, SelectionConditions.RegencyCoverage, record.RegencyCoverage, policy.MinRegencyCoverage);
        checks.Add(candidacy.Readiness?.LeadingSectors.Count > 0, SelectionConditions.LeadingSectors);
        checks.Score(scores.InnovationPotential, policy.MinScore);
        return checks.Result(SelectionCriterion.InnovationPotential);
    }

    /// <summary>3. Support from the bureaucracy and from stakeholders outside government.</summary>
    private static CriterionResult StakeholderSupport(Candidacy candidacy, Scores scores, CohortPolicy policy)
    {
        var checks = new Checks();
        checks.Add(!string.IsNullOrWhiteSpace(candidacy.Readiness?.BureaucracyLiaison.Name), SelectionConditions.BureaucracyLiaison);
        var supporters = candidacy.Readiness?.Partners.Count(p => p.Type.IsOutsideGovernment() && !string.IsNullOrWhiteSpace(p.SupportStatementRef)) ?? 0;
        checks.Add(supporters >= policy.MinPartners, SelectionConditions.OutsidePartners, supporters, policy.MinPartners);
        checks.Score(scores.StakeholderSupport, policy.MinScore);
        return checks.Result(SelectionCriterion.StakeholderSupport);
    }

    private sealed class Checks
    {
        private readonly List<CriterionReason> _reasons = [];
        private bool _met = true;

        public void Add(bool holds, string condition, decimal? value = null, decimal? minimum = null)
        {
            _met &= holds;
            _reasons.Add(new CriterionReason(condition, holds, value, minimum));
        }

        public void Score(int score, int minimum) => Add(score >= minimum, SelectionConditions.Score, score, minimum);

        public CriterionResult Result(SelectionCriterion criterion) => new(criterion, _met, _reasons);
    }
}

/// <summary>The conditions of the selection criteria, as the reasons of an assessment name them.</summary>
public static class SelectionConditions
{
    public const string Willingness = "willingness";
    public const string JointCommitment = "jointCommitment";
    public const string RegulationReference = "regulationReference";
    public const string PublishedInnovations = "publishedInnovations";
    public const string RegencyCoverage = "regencyCoverage";
    public const string LeadingSectors = "leadingSectors";
    public const string BureaucracyLiaison = "bureaucracyLiaison";
    public const string OutsidePartners = "outsidePartners";

    /// <summary>A criterion's score against the cohort's minimum.</summary>
    public const string Score = "score";
}
