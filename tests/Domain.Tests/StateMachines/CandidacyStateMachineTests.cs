using Jipp.Domain.Agencies;
using Jipp.Domain.Candidacies;
using static Jipp.Domain.Candidacies.CandidacyState;

namespace Jipp.Domain.Tests.StateMachines;

/// <summary>Every public state-changing method of a candidacy (an invitation answered either way; a designation under a met or an unmet policy).</summary>
public enum CandidacyAction
{
    Invite,
    AcceptInvitation,
    DeclineInvitation,
    Commit,
    SubmitReadiness,
    Assess,
    Designate,
    DesignateUnderAnUnmetPolicy,
    Reject,
    Withdraw,
}

/// <summary>Every state × every action of a hub candidacy, against the contract's table (api.md, Hub onboarding).</summary>
public sealed class CandidacyStateMachineTests
{
    private static readonly Guid Province = Guid.CreateVersion7();
    private static readonly Guid NewHub = Guid.CreateVersion7();
    private static readonly DateTimeOffset Shortlisted1 = new(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Now = Shortlisted1.AddDays(60);
    private static readonly CohortPolicy Policy = CohortPolicy.Default(2026);
    private static readonly TrackRecord FirstRecord = new(20, 10, 38, 10m / 38, 6, Shortlisted1);
    private static readonly TrackRecord Refreshed = new(24, 12, 38, 12m / 38, 7, Now);
    private static readonly Scores GoodScores = new(80, 75, 70);

    /// <summary>Before designation: the states from which rejection and withdrawal are allowed.</summary>
    private static readonly CandidacyState[] BeforeDesignation = [Shortlisted, Invited, Willing, Committed, ReadinessSubmitted, Assessed];

    /// <summary>
    /// shortlisted → invited → willing → committed → readinessSubmitted → assessed → designated; invited → declined;
    /// assessment may be repeated until designation; designation refused while a criterion is unmet;
    /// rejected and withdrawn from any state before designated.
    /// </summary>
    private static readonly Dictionary<CandidacyAction, Transition<CandidacyState>> Table = new()
    {
        [CandidacyAction.Invite] = new([Shortlisted], Invited),
        [CandidacyAction.AcceptInvitation] = new([Invited], Willing),
        [CandidacyAction.DeclineInvitation] = new([Invited], Declined),
        [CandidacyAction.Commit] = new([Willing], Committed),
        [CandidacyAction.SubmitReadiness] = new([Committed], ReadinessSubmitted),
        [CandidacyAction.Assess] = new([ReadinessSubmitted, Assessed], Assessed),
        [CandidacyAction.Designate] = new([Assessed], Designated),
        [CandidacyAction.DesignateUnderAnUnmetPolicy] = new([Assessed], null, CriteriaNotMetException.ErrorCode),
        [CandidacyAction.Reject] = new(BeforeDesignation, Rejected),
        [CandidacyAction.Withdraw] = new(BeforeDesignation, Withdrawn),
    };

    /// <summary>The domain event each allowed action raises.</summary>
    private static readonly Dictionary<CandidacyAction, Type> Events = new()
    {
        [CandidacyAction.Invite] = typeof(CandidacyInvited),
        [CandidacyAction.AcceptInvitation] = typeof(CandidacyInvitationAnswered),
        [CandidacyAction.DeclineInvitation] = typeof(CandidacyInvitationAnswered),
        [CandidacyAction.Commit] = typeof(CandidacyCommitted),
        [CandidacyAction.SubmitReadiness] = typeof(CandidacyReadinessSubmitted),
        [CandidacyAction.Assess] = typeof(CandidacyAssessed),
        [CandidacyAction.Designate] = typeof(CandidacyDesignated),
        [CandidacyAction.Reject] = typeof(CandidacyRejected),
        [CandidacyAction.Withdraw] = typeof(CandidacyWithdrawn),
    };

    public static TheoryData<TransitionCase<CandidacyState, CandidacyAction>> Allowed() =>
        Transitions.Cases(Table, Gerund, "candidacy", allowed: true);

    public static TheoryData<TransitionCase<CandidacyState, CandidacyAction>> Refused() =>
        Transitions.Cases(Table, Gerund, "candidacy", allowed: false);

    [Theory]
    [MemberData(nameof(Allowed))]
    public void An_allowed_action_leads_to_the_tables_state_and_records_itself(TransitionCase<CandidacyState, CandidacyAction> @case)
    {
        var candidacy = InState(@case.From);
        var before = Snapshot.Of(candidacy);
        var raised = Raised.Before(candidacy);

        Perform(candidacy, @case.Action);

        var change = Assert.IsAssignableFrom<CandidacyStateChanged>(raised.AssertOne(candidacy, Events[@case.Action], Now));
        Assert.Equal((@case.From, candidacy.State, candidacy.Id, candidacy.CohortYear), (change.From, change.To, change.CandidacyId, change.CohortYear));

        Assert.Equal(Table[@case.Action].To, candidacy.State);
        Assert.Equal(Now, candidacy.UpdatedAt);
        Assert.Equal(Shortlisted1, candidacy.CreatedAt);
        Assert.Equal(BeforeDesignation.Contains(candidacy.State), candidacy.IsOpen);
        switch (@case.Action)
        {
            case CandidacyAction.Invite:
                Assert.Equal(new Invitation(new DateOnly(2026, 2, 13), MeetingFormat.Virtual, Now), candidacy.Invitation);
                break;
            case CandidacyAction.AcceptInvitation:
                Assert.Equal(new Willingness(true, "SK-KESEDIAAN/1", Now), candidacy.Willingness);
                break;
            case CandidacyAction.DeclineInvitation:
                Assert.Equal(new Willingness(false, null, Now), candidacy.Willingness);
                break;
            case CandidacyAction.Commit:
                Assert.Equal(new Commitment(new DateOnly(2026, 2, 20), "KB-2026/7", Now), candidacy.Commitment);
                break;
            case CandidacyAction.SubmitReadiness:
                Assert.Equal(Now, candidacy.Readiness!.SubmittedAt);
                Assert.Equal(["kesehatan"], candidacy.Readiness.LeadingSectors);
                break;
            case CandidacyAction.Assess:
                Assert.Equal(Refreshed, candidacy.TrackRecord);
                Assert.Equal(new Scores(90, 85, 80), candidacy.Assessment!.Scores);
                Assert.Equal("Ready.", candidacy.Assessment.Notes);
                Assert.Equal(Now, candidacy.Assessment.AssessedAt);
                Assert.Equal([SelectionCriterion.Commitment, SelectionCriterion.InnovationPotential, SelectionCriterion.StakeholderSupport], candidacy.Assessment.Criteria.Select(c => c.Criterion));
                Assert.All(candidacy.Assessment.Criteria, c => Assert.True(c.Met));
                break;
            case CandidacyAction.Designate:
                Assert.Equal(new Designation("94/2026", new DateOnly(2026, 3, 1), Now), candidacy.Designation);
                Assert.Equal(NewHub, candidacy.HubId);
                Assert.Equal(before.Assessment, candidacy.Assessment);
                break;
            case CandidacyAction.Reject:
                Assert.Equal(new Closure("Not ready this year.", Now), candidacy.Rejection);
                Assert.Null(candidacy.Withdrawal);
                break;
            case CandidacyAction.Withdraw:
                Assert.Equal(new Closure("Budget moved.", Now), candidacy.Withdrawal);
                Assert.Null(candidacy.Rejection);
                break;
            case CandidacyAction.DesignateUnderAnUnmetPolicy:
            default:
                Assert.Fail($"The table allows no {@case.Action} from {@case.From}.");
                break;
        }
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void A_refused_action_names_the_state_and_changes_nothing(TransitionCase<CandidacyState, CandidacyAction> @case)
    {
        var candidacy = InState(@case.From);
        var before = Snapshot.Of(candidacy);
        var raised = Raised.Before(candidacy);
        var rule = Table[@case.Action];

        var refusal = Record.Exception(() => Perform(candidacy, @case.Action));

        raised.AssertNone(candidacy);
        Assert.NotNull(refusal);
        if (rule.RuleRefuses(@case.From))
        {
            Transitions.AssertRuleRefusal(refusal, rule);
        }
        else
        {
            Transitions.AssertInvalidTransition(refusal, @case.From, rule);
        }

        Assert.Equal(before, Snapshot.Of(candidacy));
    }

    [Fact]
    public void Designation_under_a_policy_raised_since_assessment_lists_every_unmet_criterion()
    {
        var candidacy = InState(Assessed);
        var raised = CohortPolicy.Create(2026, 95, 10, 0.25m, 1, Now);

        var refusal = Assert.Throws<CriteriaNotMetException>(() => candidacy.Designate("94/2026", new DateOnly(2026, 3, 1), raised, NewHub, Now));

        Assert.Equal(CriteriaNotMetException.ErrorCode, refusal.Code);
        Assert.Equal([SelectionCriterion.Commitment, SelectionCriterion.InnovationPotential, SelectionCriterion.StakeholderSupport], refusal.Unmet.Select(c => c.Criterion));
        Assert.Contains("commitment, innovationPotential, stakeholderSupport", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(Assessed, candidacy.State);
        Assert.True(candidacy.Assessment!.Criteria.All(c => c.Met));
    }

    [Fact]
    public void Designation_refusal_names_only_the_unmet_criterion()
    {
        var candidacy = InState(Assessed);

        var refusal = Assert.Throws<CriteriaNotMetException>(() => Perform(candidacy, CandidacyAction.DesignateUnderAnUnmetPolicy));

        var unmet = Assert.Single(refusal.Unmet);
        Assert.Equal(SelectionCriterion.InnovationPotential, unmet.Criterion);
        Assert.Contains(unmet.Reasons, r => r.Code == SelectionConditions.PublishedInnovations && !r.Met && r.Minimum == 1000m);
        Assert.Equal(["innovationPotential"], refusal.Arguments);
    }

    /// <summary>A candidacy in the given state, reached through the domain's own methods, meeting every criterion on the way.</summary>
    internal static Candidacy InState(CandidacyState state)
    {
        var candidacy = Candidacy.Shortlist(Province, "52", 2026, "Track record in 2025.", FirstRecord, Shortlisted1);
        CandidacyAction[] path = state switch
        {
            Shortlisted => [],
            Invited => [CandidacyAction.Invite],
            Willing => [CandidacyAction.Invite, CandidacyAction.AcceptInvitation],
            Declined => [CandidacyAction.Invite, CandidacyAction.DeclineInvitation],
            Committed => [CandidacyAction.Invite, CandidacyAction.AcceptInvitation, CandidacyAction.Commit],
            ReadinessSubmitted => [CandidacyAction.Invite, CandidacyAction.AcceptInvitation, CandidacyAction.Commit, CandidacyAction.SubmitReadiness],
            Assessed => [CandidacyAction.Invite, CandidacyAction.AcceptInvitation, CandidacyAction.Commit, CandidacyAction.SubmitReadiness, CandidacyAction.Assess],
            Designated => [CandidacyAction.Invite, CandidacyAction.AcceptInvitation, CandidacyAction.Commit, CandidacyAction.SubmitReadiness, CandidacyAction.Assess, CandidacyAction.Designate],
            Rejected => [CandidacyAction.Reject],
            Withdrawn => [CandidacyAction.Withdraw],
            _ => throw new ArgumentOutOfRangeException(nameof(state), state, "No builder for this state."),
        };
        var at = Shortlisted1;
        foreach (var step in path)
        {
            at = at.AddDays(1);
            Perform(candidacy, step, at);
        }

        Assert.Equal(state, candidacy.State);
        return candidacy;
    }

    internal static Readiness FullReadiness(DateTimeOffset at) => new(
        new LeadershipCommitment("Pergub 12/2025", BudgetAllocated: true, InnovationUnit: true),
        ["kesehatan"],
        new BureaucracyLiaison("Ir. Lalu Ahmad", "Kepala Biro Organisasi"),
        [new ReadinessPartner(null, "Universitas Mataram", AgencyType.University, "MoU-UNRAM/2025")],
        at);

    private static void Perform(Candidacy candidacy, CandidacyAction action) => Perform(candidacy, action, Now);

    private static void Perform(Candidacy candidacy, CandidacyAction action, DateTimeOffset now)
    {
        switch (action)
        {
            case CandidacyAction.Invite:
                candidacy.Invite(new DateOnly(2026, 2, 13), MeetingFormat.Virtual, now);
                break;
            case CandidacyAction.AcceptInvitation:
                candidacy.AnswerInvitation(true, " SK-KESEDIAAN/1 ", now);
                break;
            case CandidacyAction.DeclineInvitation:
                candidacy.AnswerInvitation(false, "  ", now);
                break;
            case CandidacyAction.Commit:
                candidacy.Commit(new DateOnly(2026, 2, 20), " KB-2026/7 ", now);
                break;
            case CandidacyAction.SubmitReadiness:
                candidacy.SubmitReadiness(FullReadiness(now), now);
                break;
            // The action under test assesses with new scores and a refreshed record, so the test sees both replaced.
            case CandidacyAction.Assess when now == Now:
                candidacy.Assess(new Scores(90, 85, 80), " Ready. ", Refreshed, Policy, now);
                break;
            case CandidacyAction.Assess:
                candidacy.Assess(GoodScores, null, FirstRecord, Policy, now);
                break;
            case CandidacyAction.Designate:
                candidacy.Designate(" 94/2026 ", new DateOnly(2026, 3, 1), Policy, NewHub, now);
                break;
            case CandidacyAction.DesignateUnderAnUnmetPolicy:
                candidacy.Designate("94/2026", new DateOnly(2026, 3, 1), CohortPolicy.Create(2026, 70, 1000, 0.25m, 1, now), NewHub, now);
                break;
            case CandidacyAction.Reject:
                candidacy.Reject(" Not ready this year. ", now);
                break;
            case CandidacyAction.Withdraw:
                candidacy.Withdraw(" Budget moved. ", now);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(action), action, null);
        }
    }

    private static string Gerund(CandidacyAction action) => action switch
    {
        CandidacyAction.Invite => "Inviting",
        CandidacyAction.AcceptInvitation => "Accepting_the_invitation_of",
        CandidacyAction.DeclineInvitation => "Declining_the_invitation_of",
        CandidacyAction.Commit => "Recording_the_commitment_of",
        CandidacyAction.SubmitReadiness => "Submitting_the_readiness_of",
        CandidacyAction.Assess => "Assessing",
        CandidacyAction.Designate => "Designating",
        CandidacyAction.DesignateUnderAnUnmetPolicy => "Designating_under_an_unmet_policy",
        CandidacyAction.Reject => "Rejecting",
        CandidacyAction.Withdraw => "Withdrawing",
        _ => action.ToString(),
    };

    /// <summary>Everything a refused action must leave as it was.</summary>
    private sealed record Snapshot(
        CandidacyState State, string? Notes, TrackRecord TrackRecord, Invitation? Invitation, Willingness? Willingness, Commitment? Commitment,
        Readiness? Readiness, Assessment? Assessment, Designation? Designation, Closure? Rejection, Closure? Withdrawal, Guid? HubId,
        DateTimeOffset UpdatedAt)
    {
        public static Snapshot Of(Candidacy c) => new(
            c.State, c.Notes, c.TrackRecord, c.Invitation, c.Willingness, c.Commitment,
            c.Readiness, c.Assessment, c.Designation, c.Rejection, c.Withdrawal, c.HubId, c.UpdatedAt);
    }
}
