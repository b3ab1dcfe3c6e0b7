using Jipp.Domain.Candidacies;
using Jipp.Domain.Common;
using Jipp.Domain.Innovations;
using Jipp.Domain.Replications;
using static Jipp.Domain.Replications.ReplicationState;

namespace Jipp.Domain.Tests.StateMachines;

/// <summary>Every public state-changing method of a replication request (verification either way).</summary>
public enum ReplicationAction
{
    Approve,
    RejectAtVerification,
    Agree,
    RecordMentoring,
    Complete,
    Cancel,
}

/// <summary>Every state × every action of a replication request, against the contract's table (api.md, Replication requests).</summary>
public sealed class ReplicationRequestStateMachineTests
{
    private static readonly Guid Owner = Guid.CreateVersion7();
    private static readonly Guid Requester = Guid.CreateVersion7();
    private static readonly Guid Hub = Guid.CreateVersion7();
    private static readonly Guid Adaptation = Guid.CreateVersion7();
    private static readonly DateTimeOffset Requested = new(2026, 2, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Now = Requested.AddDays(60);

    /// <summary>Before completion: the states from which the requester may cancel.</summary>
    private static readonly ReplicationState[] BeforeCompletion = [Submitted, Verified, Agreed, InImplementation];

    /// <summary>
    /// submitted → verified → agreed → inImplementation → completed; submitted → rejected; the first mentoring session
    /// moves agreed → inImplementation and later ones append; completion needs a session (so never straight from agreed);
    /// cancelled from any state before completed.
    /// </summary>
    private static readonly Dictionary<ReplicationAction, Transition<ReplicationState>> Table = new()
    {
        [ReplicationAction.Approve] = new([Submitted], Verified),
        [ReplicationAction.RejectAtVerification] = new([Submitted], Rejected),
        [ReplicationAction.Agree] = new([Verified], Agreed),
        [ReplicationAction.RecordMentoring] = new([Agreed, InImplementation], InImplementation),
        [ReplicationAction.Complete] = new([Agreed, InImplementation], Completed, "replication.no_mentoring", RefusedIn: [Agreed]),
        [ReplicationAction.Cancel] = new(BeforeCompletion, Cancelled),
    };

    /// <summary>The domain event each allowed action raises.</summary>
    private static readonly Dictionary<ReplicationAction, Type> Events = new()
    {
        [ReplicationAction.Approve] = typeof(ReplicationVerified),
        [ReplicationAction.RejectAtVerification] = typeof(ReplicationVerified),
        [ReplicationAction.Agree] = typeof(ReplicationAgreed),
        [ReplicationAction.RecordMentoring] = typeof(ReplicationMentored),
        [ReplicationAction.Complete] = typeof(ReplicationCompleted),
        [ReplicationAction.Cancel] = typeof(ReplicationCancelled),
    };

    public static TheoryData<TransitionCase<ReplicationState, ReplicationAction>> Allowed() =>
        Transitions.Cases(Table, Gerund, "replication_request", allowed: true);

    public static TheoryData<TransitionCase<ReplicationState, ReplicationAction>> Refused() =>
        Transitions.Cases(Table, Gerund, "replication_request", allowed: false);

    public static TheoryData<InnovationState> InnovationStates() => [.. Enum.GetValues<InnovationState>()];

    [Theory]
    [MemberData(nameof(Allowed))]
    public void An_allowed_action_leads_to_the_tables_state_and_records_itself(TransitionCase<ReplicationState, ReplicationAction> @case)
    {
        var request = InState(@case.From);
        var before = Snapshot.Of(request);
        var raised = Raised.Before(request);

        Perform(request, @case.Action);

        var change = Assert.IsAssignableFrom<ReplicationStateChanged>(raised.AssertOne(request, Events[@case.Action], Now));
        Assert.Equal((@case.From, request.State, request.Id, request.InnovationId), (change.From, change.To, change.RequestId, change.InnovationId));

        Assert.Equal(Table[@case.Action].To, request.State);
        Assert.Equal(Now, request.UpdatedAt);
        Assert.Equal(Requested, request.CreatedAt);
        switch (@case.Action)
        {
            case ReplicationAction.Approve:
                Assert.Equal(new ReplicationVerification(true, "Fits the regency's needs.", Now), request.Verification);
                break;
            case ReplicationAction.RejectAtVerification:
                Assert.Equal(new ReplicationVerification(false, null, Now), request.Verification);
                break;
            case ReplicationAction.Agree:
                Assert.Equal(new ReplicationAgreement(new DateOnly(2026, 3, 1), "PKS-07/2026", Now), request.Agreement);
                break;
            case ReplicationAction.RecordMentoring:
                Assert.Equal(before.Sessions + 1, request.MentoringSessions.Count);
                var session = request.MentoringSessions[^1];
                Assert.Equal(new DateOnly(2026, 3, 10), session.HeldOn);
                Assert.Equal(MeetingFormat.InPerson, session.Format);
                Assert.Equal(["data integration", "SOP"], session.Topics);
                Assert.Null(session.Notes);
                Assert.Equal(Now, session.RecordedAt);
                break;
            case ReplicationAction.Complete:
                Assert.Equal(new ReplicationCompletion(new DateOnly(2026, 4, 1), "Running in 3 districts.", Now), request.Completion);
                Assert.Equal(Adaptation, request.ResultInnovationId);
                break;
            case ReplicationAction.Cancel:
                Assert.Equal(new Closure("No budget.", Now), request.Cancellation);
                break;
            default:
                Assert.Fail($"The table allows no {@case.Action} from {@case.From}.");
                break;
        }
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void A_refused_action_names_the_state_and_changes_nothing(TransitionCase<ReplicationState, ReplicationAction> @case)
    {
        var request = InState(@case.From);
        var before = Snapshot.Of(request);
        var raised = Raised.Before(request);
        var rule = Table[@case.Action];

        var refusal = Record.Exception(() => Perform(request, @case.Action));

        raised.AssertNone(request);
        Assert.NotNull(refusal);
        if (rule.RuleRefuses(@case.From))
        {
            Transitions.AssertRuleRefusal(refusal, rule);
        }
        else
        {
            Transitions.AssertInvalidTransition(refusal, @case.From, rule);
        }

        Assert.Equal(before, Snapshot.Of(request));
    }

    [Theory]
    [MemberData(nameof(InnovationStates))]
    public void Only_a_published_innovation_can_be_requested(InnovationState state)
    {
        var innovation = InnovationStateMachineTests.InState(state);

        var refusal = Record.Exception(() => ReplicationRequest.Submit(innovation, Requester, "52", Hub, "Motivation", new DateOnly(2026, 3, 1), Requested));

        if (state == InnovationState.Published)
        {
            Assert.Null(refusal);
        }
        else
        {
            Assert.Equal("replication.not_published", Assert.IsAssignableFrom<DomainException>(refusal).Code);
        }
    }

    [Fact]
    public void An_innovation_not_offered_for_replication_cannot_be_requested()
    {
        var refusal = Assert.Throws<DomainException>(() =>
            ReplicationRequest.Submit(Published(replicable: false), Requester, "52", Hub, "Motivation", new DateOnly(2026, 3, 1), Requested));

        Assert.Equal("replication.not_replicable", refusal.Code);
    }

    [Fact]
    public void An_agency_cannot_request_its_own_innovation()
    {
        var refusal = Assert.Throws<DomainException>(() =>
            ReplicationRequest.Submit(Published(), Owner, "35", Hub, "Motivation", new DateOnly(2026, 3, 1), Requested));

        Assert.Equal("replication.own_innovation", refusal.Code);
    }

    [Fact]
    public void A_new_request_is_submitted_with_the_owner_and_the_facilitating_hub()
    {
        var innovation = Published();

        var request = ReplicationRequest.Submit(innovation, Requester, "52", Hub, "  Motivation ", new DateOnly(2026, 3, 1), Requested);

        Assert.Equal(Submitted, request.State);
        Assert.Equal(innovation.Id, request.InnovationId);
        Assert.Equal(Owner, request.OwnerAgencyId);
        Assert.Equal(Requester, request.RequesterAgencyId);
        Assert.Equal(Hub, request.FacilitatingHubId);
        Assert.Equal("Motivation", request.Motivation);
        Assert.Empty(request.MentoringSessions);
        Assert.Equal(Requested, request.UpdatedAt);
    }

    /// <summary>A request in the given state, reached through the domain's own methods.</summary>
    internal static ReplicationRequest InState(ReplicationState state)
    {
        var request = ReplicationRequest.Submit(Published(), Requester, "52", Hub, "Motivation", new DateOnly(2026, 3, 1), Requested);
        ReplicationAction[] path = state switch
        {
            Submitted => [],
            Verified => [ReplicationAction.Approve],
            Agreed => [ReplicationAction.Approve, ReplicationAction.Agree],
            InImplementation => [ReplicationAction.Approve, ReplicationAction.Agree, ReplicationAction.RecordMentoring],
            Completed => [ReplicationAction.Approve, ReplicationAction.Agree, ReplicationAction.RecordMentoring, ReplicationAction.Complete],
            Rejected => [ReplicationAction.RejectAtVerification],
            Cancelled => [ReplicationAction.Cancel],
            _ => throw new ArgumentOutOfRangeException(nameof(state), state, "No builder for this state."),
        };
        var at = Requested;
        foreach (var step in path)
        {
            at = at.AddDays(1);
            Perform(request, step, at);
        }

        Assert.Equal(state, request.State);
        return request;
    }

    private static Innovation Published(bool replicable = true)
    {
        var innovation = Innovation.Register(Owner, "35", "35.78", null, InnovationStateMachineTests.Content("Layanan Adminduk Keliling", replicable), Requested.AddYears(-1));
        innovation.Submit(Requested.AddYears(-1).AddDays(1));
        innovation.Verify(VerificationDecision.Publish, null, Requested.AddYears(-1).AddDays(2));
        return innovation;
    }

    private static void Perform(ReplicationRequest request, ReplicationAction action) => Perform(request, action, Now);

    private static void Perform(ReplicationRequest request, ReplicationAction action, DateTimeOffset now)
    {
        switch (action)
        {
            case ReplicationAction.Approve:
                request.Verify(true, " Fits the regency's needs. ", now);
                break;
            case ReplicationAction.RejectAtVerification:
                request.Verify(false, " ", now);
                break;
            case ReplicationAction.Agree:
                request.Agree(new DateOnly(2026, 3, 1), " PKS-07/2026 ", now);
                break;
            case ReplicationAction.RecordMentoring:
                request.RecordMentoring(new DateOnly(2026, 3, 10), MeetingFormat.InPerson, [" data integration ", "SOP"], "  ", now);
                break;
            case ReplicationAction.Complete:
                request.Complete(new DateOnly(2026, 4, 1), " Running in 3 districts. ", Adaptation, now);
                break;
            case ReplicationAction.Cancel:
                request.Cancel(" No budget. ", now);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(action), action, null);
        }
    }

    private static string Gerund(ReplicationAction action) => action switch
    {
        ReplicationAction.Approve => "Approving",
        ReplicationAction.RejectAtVerification => "Rejecting_at_verification",
        ReplicationAction.Agree => "Agreeing_to",
        ReplicationAction.RecordMentoring => "Recording_mentoring_for",
        ReplicationAction.Complete => "Completing",
        ReplicationAction.Cancel => "Cancelling",
        _ => action.ToString(),
    };

    /// <summary>Everything a refused action must leave as it was.</summary>
    private sealed record Snapshot(
        ReplicationState State, ReplicationVerification? Verification, ReplicationAgreement? Agreement, int Sessions, string SessionIds,
        ReplicationCompletion? Completion, Closure? Cancellation, Guid? ResultInnovationId, DateTimeOffset UpdatedAt)
    {
        public static Snapshot Of(ReplicationRequest r) => new(
            r.State, r.Verification, r.Agreement, r.MentoringSessions.Count, string.Join('|', r.MentoringSessions.Select(s => s.Id)),
            r.Completion, r.Cancellation, r.ResultInnovationId, r.UpdatedAt);
    }
}
