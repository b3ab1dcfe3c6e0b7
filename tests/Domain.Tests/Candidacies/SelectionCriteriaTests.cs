using Jipp.Domain.Agencies;
using Jipp.Domain.Candidacies;
using Jipp.Domain.Tests.StateMachines;

namespace Jipp.Domain.Tests.Candidacies;

/// <summary>One condition of one criterion, at its boundary: met or unmet, and the reason (code and figures) that says so.</summary>
public sealed record CriterionCase(
    string Name, Func<Candidacy> Candidacy, Scores Scores, CohortPolicy Policy, SelectionCriterion Criterion, bool Met, CriterionReason Reason, bool OthersMet = true)
{
    public override string ToString() => Name;
}

/// <summary>The ministry's three selection criteria (api.md), each condition met and unmet at its boundary.</summary>
public sealed class SelectionCriteriaTests
{
    private static readonly DateTimeOffset At = new(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);

    /// <summary>minScore 70, minPublishedInnovations 10, minRegencyCoverage 0.25, minPartners 1.</summary>
    private static readonly CohortPolicy Policy = CohortPolicy.Create(2026, 70, 10, 0.25m, 1, At);
    private static readonly CohortPolicy TwoPartners = CohortPolicy.Create(2026, 70, 10, 0.25m, 2, At);
    private static readonly Scores Good = new(80, 80, 80);

    private static readonly ReadinessPartner University = new(null, "Universitas Mataram", AgencyType.University, "MoU-UNRAM/2025");
    private static readonly ReadinessPartner OtherBody = new(null, "Yayasan Inovasi NTB", AgencyType.Other, "SP-YIN/2025");

    public static TheoryData<CriterionCase> Cases()
    {
        var commitment = SelectionCriterion.Commitment;
        var potential = SelectionCriterion.InnovationPotential;
        var support = SelectionCriterion.StakeholderSupport;
        var data = new TheoryData<CriterionCase>
        {
            // 1. Commitment: willingness, joint commitment, regulation reference, score.
            new("Commitment_is_met_at_the_minimum_score", () => Ready(), Good with { Commitment = 70 }, Policy, commitment, true, R(SelectionConditions.Score, true, 70, 70)),
            new("Commitment_is_unmet_one_below_the_minimum_score", () => Ready(), Good with { Commitment = 69 }, Policy, commitment, false, R(SelectionConditions.Score, false, 69, 70)),
            new("Commitment_is_met_with_declared_willingness", () => Ready(), Good, Policy, commitment, true, R(SelectionConditions.Willingness, true)),
            new("Commitment_is_unmet_without_an_answer_to_the_invitation", () => CandidacyStateMachineTests.InState(CandidacyState.Invited), Good, Policy, commitment, false, R(SelectionConditions.Willingness, false), OthersMet: false),
            new("Commitment_is_unmet_when_the_invitation_was_declined", () => CandidacyStateMachineTests.InState(CandidacyState.Declined), Good, Policy, commitment, false, R(SelectionConditions.Willingness, false), OthersMet: false),
            new("Commitment_is_met_with_a_signed_joint_commitment", () => Ready(), Good, Policy, commitment, true, R(SelectionConditions.JointCommitment, true)),
            new("Commitment_is_unmet_without_a_signed_joint_commitment", () => CandidacyStateMachineTests.InState(CandidacyState.Willing), Good, Policy, commitment, false, R(SelectionConditions.JointCommitment, false), OthersMet: false),
            new("Commitment_is_met_with_a_regulation_reference", () => Ready(), Good, Policy, commitment, true, R(SelectionConditions.RegulationReference, true)),
            new("Commitment_is_unmet_without_a_regulation_reference", () => Ready(regulationRef: null), Good, Policy, commitment, false, R(SelectionConditions.RegulationReference, false)),
            new("Commitment_is_unmet_with_a_blank_regulation_reference", () => Ready(regulationRef: "  "), Good, Policy, commitment, false, R(SelectionConditions.RegulationReference, false)),
            new("Commitment_is_unmet_without_readiness_evidence", () => CandidacyStateMachineTests.InState(CandidacyState.Committed), Good, Policy, commitment, false, R(SelectionConditions.RegulationReference, false), OthersMet: false),

            // 2. Innovation potential: published innovations, regency coverage, leading sectors, score.
            new("Innovation_potential_is_met_at_the_minimum_of_published_innovations", () => Ready(published: 10), Good, Policy, potential, true, R(SelectionConditions.PublishedInnovations, true, 10, 10)),
            new("Innovation_potential_is_unmet_one_below_the_minimum_of_published_innovations", () => Ready(published: 9), Good, Policy, potential, false, R(SelectionConditions.PublishedInnovations, false, 9, 10)),
            new("Innovation_potential_is_met_at_the_minimum_regency_coverage", () => Ready(coverage: 0.25m), Good, Policy, potential, true, R(SelectionConditions.RegencyCoverage, true, 0.25m, 0.25m)),
            new("Innovation_potential_is_unmet_below_the_minimum_regency_coverage", () => Ready(coverage: 0.24m), Good, Policy, potential, false, R(SelectionConditions.RegencyCoverage, false, 0.24m, 0.25m)),
            new("Innovation_potential_is_unmet_with_no_regency_covered", () => Ready(coverage: 0m), Good, Policy, potential, false, R(SelectionConditions.RegencyCoverage, false, 0m, 0.25m)),
            new("Innovation_potential_is_met_with_a_leading_sector", () => Ready(), Good, Policy, potential, true, R(SelectionConditions.LeadingSectors, true)),
            new("Innovation_potential_is_unmet_without_a_leading_sector", () => Ready(leadingSectors: []), Good, Policy, potential, false, R(SelectionConditions.LeadingSectors, false)),
            new("Innovation_potential_is_unmet_without_readiness_evidence", () => CandidacyStateMachineTests.InState(CandidacyState.Committed), Good, Policy, potential, false, R(SelectionConditions.LeadingSectors, false), OthersMet: false),
            new("Innovation_potential_is_met_at_the_minimum_score", () => Ready(), Good with { InnovationPotential = 70 }, Policy, potential, true, R(SelectionConditions.Score, true, 70, 70)),
            new("Innovation_potential_is_unmet_one_below_the_minimum_score", () => Ready(), Good with { InnovationPotential = 69 }, Policy, potential, false, R(SelectionConditions.Score, false, 69, 70)),

            // 3. Stakeholder support: a liaison, partners outside government with a support statement, score.
            new("Stakeholder_support_is_met_with_a_named_liaison", () => Ready(), Good, Policy, support, true, R(SelectionConditions.BureaucracyLiaison, true)),
            new("Stakeholder_support_is_unmet_without_a_liaison", () => Ready(liaison: new BureaucracyLiaison(null, null)), Good, Policy, support, false, R(SelectionConditions.BureaucracyLiaison, false)),
            new("Stakeholder_support_is_unmet_with_a_liaison_position_but_no_name", () => Ready(liaison: new BureaucracyLiaison("  ", "Kepala Biro Organisasi")), Good, Policy, support, false, R(SelectionConditions.BureaucracyLiaison, false)),
            new("Stakeholder_support_is_unmet_without_readiness_evidence", () => CandidacyStateMachineTests.InState(CandidacyState.Committed), Good, Policy, support, false, R(SelectionConditions.BureaucracyLiaison, false), OthersMet: false),
            new("Stakeholder_support_is_met_by_a_university_with_a_support_statement", () => Ready(partners: [University]), Good, Policy, support, true, R(SelectionConditions.OutsidePartners, true, 1, 1)),
            new("Stakeholder_support_is_met_by_another_outside_body_with_a_support_statement", () => Ready(partners: [OtherBody]), Good, Policy, support, true, R(SelectionConditions.OutsidePartners, true, 1, 1)),
            new("Stakeholder_support_is_unmet_by_a_university_without_a_support_statement", () => Ready(partners: [University with { SupportStatementRef = null }]), Good, Policy, support, false, R(SelectionConditions.OutsidePartners, false, 0, 1)),
            new("Stakeholder_support_is_unmet_by_a_university_with_a_blank_support_statement", () => Ready(partners: [University with { SupportStatementRef = " " }]), Good, Policy, support, false, R(SelectionConditions.OutsidePartners, false, 0, 1)),
            new("Stakeholder_support_is_unmet_without_partners", () => Ready(partners: []), Good, Policy, support, false, R(SelectionConditions.OutsidePartners, false, 0, 1)),
            new("Stakeholder_support_is_met_at_a_minimum_of_two_outside_partners", () => Ready(partners: [University, OtherBody]), Good, TwoPartners, support, true, R(SelectionConditions.OutsidePartners, true, 2, 2)),
            new("Stakeholder_support_is_unmet_one_below_a_minimum_of_two_outside_partners", () => Ready(partners: [University, Government(AgencyType.Ministry)]), Good, TwoPartners, support, false, R(SelectionConditions.OutsidePartners, false, 1, 2)),
            new("Stakeholder_support_is_met_at_the_minimum_score", () => Ready(), Good with { StakeholderSupport = 70 }, Policy, support, true, R(SelectionConditions.Score, true, 70, 70)),
            new("Stakeholder_support_is_unmet_one_below_the_minimum_score", () => Ready(), Good with { StakeholderSupport = 69 }, Policy, support, false, R(SelectionConditions.Score, false, 69, 70)),
        };

        // Government partners are not counted, whatever their support statement.
        foreach (var type in Enum.GetValues<AgencyType>().Where(t => !t.IsOutsideGovernment()))
        {
            var name = Transitions.ApiName(type);
            data.Add(new(
                $"Stakeholder_support_is_unmet_by_{Transitions.Article(name)}_{name}_partner_with_a_support_statement", () => Ready(partners: [Government(type)]), Good, Policy, support, false,
                R(SelectionConditions.OutsidePartners, false, 0, 1)));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_condition_at_its_boundary_decides_its_criterion_and_is_named_in_the_reasons(CriterionCase @case)
    {
        var results = SelectionCriteria.Judge(@case.Candidacy(), @case.Scores, @case.Policy);

        Assert.Equal([SelectionCriterion.Commitment, SelectionCriterion.InnovationPotential, SelectionCriterion.StakeholderSupport], results.Select(r => r.Criterion));
        var result = results.Single(r => r.Criterion == @case.Criterion);
        Assert.Equal(@case.Met, result.Met);
        Assert.Contains(@case.Reason, result.Reasons);
        Assert.Equal(ConditionsOf(@case.Criterion), result.Reasons.Count);
        if (@case.OthersMet)
        {
            Assert.All(results.Where(r => r.Criterion != @case.Criterion), r => Assert.True(r.Met, $"{r.Criterion}: {string.Join(" ", r.Reasons)}"));
        }
    }

    [Fact]
    public void A_full_candidacy_meets_every_criterion_with_a_reason_for_every_condition()
    {
        var results = SelectionCriteria.Judge(Ready(), Good, Policy);

        Assert.All(results, r => Assert.True(r.Met));
        Assert.Equal(
            [
                R(SelectionConditions.Willingness, true),
                R(SelectionConditions.JointCommitment, true),
                R(SelectionConditions.RegulationReference, true),
                R(SelectionConditions.Score, true, 80, 70),
            ],
            results[0].Reasons);
        Assert.Equal(
            [
                R(SelectionConditions.PublishedInnovations, true, 12, 10),
                R(SelectionConditions.RegencyCoverage, true, 0.3m, 0.25m),
                R(SelectionConditions.LeadingSectors, true),
                R(SelectionConditions.Score, true, 80, 70),
            ],
            results[1].Reasons);
        Assert.Equal(
            [
                R(SelectionConditions.BureaucracyLiaison, true),
                R(SelectionConditions.OutsidePartners, true, 1, 1),
                R(SelectionConditions.Score, true, 80, 70),
            ],
            results[2].Reasons);
    }

    [Fact]
    public void An_unmet_condition_leaves_only_its_own_criterion_unmet_and_says_why_for_each()
    {
        var results = SelectionCriteria.Judge(Ready(published: 9, coverage: 0.1m), Good, Policy);

        Assert.Equal([true, false, true], results.Select(r => r.Met));
        Assert.Equal(
            [R(SelectionConditions.PublishedInnovations, false, 9, 10), R(SelectionConditions.RegencyCoverage, false, 0.1m, 0.25m)],
            results[1].Reasons.Take(2));
    }

    [Fact]
    public void The_default_policy_is_the_contracts()
    {
        var policy = CohortPolicy.Default(2026);

        Assert.Equal((70, 10, 0.25m, 1), (policy.MinScore, policy.MinPublishedInnovations, policy.MinRegencyCoverage, policy.MinPartners));
        Assert.Null(policy.UpdatedAt);
    }

    /// <summary>Commitment and innovation potential have three conditions and a score; stakeholder support two and a score.</summary>
    private static int ConditionsOf(SelectionCriterion criterion) => criterion == SelectionCriterion.StakeholderSupport ? 3 : 4;

    /// <summary>A reason as the domain gives it: the condition, whether it holds, and the figures it compares.</summary>
    private static CriterionReason R(string condition, bool met, decimal? value = null, decimal? minimum = null) => new(condition, met, value, minimum);

    private static ReadinessPartner Government(AgencyType type) => new(Guid.CreateVersion7(), $"A {type}", type, "SP-GOV/2025");

    /// <summary>A candidacy whose readiness was submitted through the domain's own methods, meeting every condition unless told.</summary>
    private static Candidacy Ready(
        int published = 12,
        decimal coverage = 0.30m,
        string? regulationRef = "Pergub 12/2025",
        IReadOnlyList<string>? leadingSectors = null,
        BureaucracyLiaison? liaison = null,
        IReadOnlyList<ReadinessPartner>? partners = null)
    {
        var record = new TrackRecord(published, (int)(coverage * 40), 40, coverage, 5, At);
        var candidacy = Candidacy.Shortlist(Guid.CreateVersion7(), "52", 2026, null, record, At);
        candidacy.Invite(new DateOnly(2026, 2, 13), MeetingFormat.Virtual, At.AddDays(1));
        candidacy.AnswerInvitation(true, "SK-KESEDIAAN/1", At.AddDays(2));
        candidacy.Commit(new DateOnly(2026, 2, 20), "KB-2026/7", At.AddDays(3));
        candidacy.SubmitReadiness(
            new Readiness(
                new LeadershipCommitment(regulationRef, BudgetAllocated: true, InnovationUnit: true),
                leadingSectors ?? ["kesehatan", "pendidikan"],
                liaison ?? new BureaucracyLiaison("Ir. Lalu Ahmad", "Kepala Biro Organisasi"),
                partners ?? [University],
                At.AddDays(4)),
            At.AddDays(4));
        return candidacy;
    }
}
