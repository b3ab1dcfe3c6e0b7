using Jipp.Domain.Innovations;
using static Jipp.Domain.Innovations.InnovationState;

namespace Jipp.Domain.Tests.StateMachines;

/// <summary>Every public state-changing method of an innovation.</summary>
public enum InnovationAction
{
    Update,
    Submit,
    Publish,
    Return,
    ReturnWithoutNotes,
    Archive,
}

/// <summary>Every state × every action of an innovation, against the contract's table (api.md, Innovations).</summary>
public sealed class InnovationStateMachineTests
{
    private static readonly Guid Owner = Guid.CreateVersion7();
    private static readonly DateTimeOffset Registered = new(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Submitted1 = Registered.AddDays(1);
    private static readonly DateTimeOffset Verified1 = Registered.AddDays(2);
    private static readonly DateTimeOffset Archived1 = Registered.AddDays(3);
    private static readonly DateTimeOffset Now = Registered.AddDays(30);

    /// <summary>
    /// draft → submitted → published; submitted → returned → submitted; draft | returned | published → archived;
    /// content is revised only in draft or returned; a return needs notes.
    /// </summary>
    private static readonly Dictionary<InnovationAction, Transition<InnovationState>> Table = new()
    {
        [InnovationAction.Update] = new([Draft, Returned], null),
        [InnovationAction.Submit] = new([Draft, Returned], InnovationState.Submitted),
        [InnovationAction.Publish] = new([InnovationState.Submitted], Published),
        [InnovationAction.Return] = new([InnovationState.Submitted], Returned),
        [InnovationAction.ReturnWithoutNotes] = new([InnovationState.Submitted], null, "innovation.notes_required"),
        [InnovationAction.Archive] = new([Draft, Returned, Published], Archived),
    };

    /// <summary>The domain event each allowed action raises.</summary>
    private static readonly Dictionary<InnovationAction, Type> Events = new()
    {
        [InnovationAction.Update] = typeof(InnovationUpdated),
        [InnovationAction.Submit] = typeof(InnovationSubmitted),
        [InnovationAction.Publish] = typeof(InnovationPublished),
        [InnovationAction.Return] = typeof(InnovationReturned),
        [InnovationAction.Archive] = typeof(InnovationArchived),
    };

    public static TheoryData<TransitionCase<InnovationState, InnovationAction>> Allowed() =>
        Transitions.Cases(Table, Gerund, "innovation", allowed: true);

    public static TheoryData<TransitionCase<InnovationState, InnovationAction>> Refused() =>
        Transitions.Cases(Table, Gerund, "innovation", allowed: false);

    [Theory]
    [MemberData(nameof(Allowed))]
    public void An_allowed_action_leads_to_the_tables_state_and_records_itself(TransitionCase<InnovationState, InnovationAction> @case)
    {
        var innovation = InState(@case.From);
        var before = Snapshot.Of(innovation);
        var raised = Raised.Before(innovation);

        Perform(innovation, @case.Action);

        Assert.Equal(Table[@case.Action].To ?? @case.From, innovation.State);
        var domainEvent = raised.AssertOne(innovation, Events[@case.Action], Now);
        if (domainEvent is InnovationStateChanged change)
        {
            Assert.Equal((@case.From, innovation.State, innovation.Id, innovation.AgencyId), (change.From, change.To, change.InnovationId, change.AgencyId));
        }
        Assert.Equal(Now, innovation.UpdatedAt);
        Assert.Equal(before.CreatedAt, innovation.CreatedAt);
        switch (@case.Action)
        {
            case InnovationAction.Update:
                Assert.Equal("Revised title", innovation.Title);
                Assert.Equal(before.SubmittedAt, innovation.SubmittedAt);
                Assert.Equal(before.LastDecision, innovation.LastDecision);
                break;
            case InnovationAction.Submit:
                Assert.Equal(Now, innovation.SubmittedAt);
                Assert.Null(innovation.PublishedAt);
                break;
            case InnovationAction.Publish:
                Assert.Equal(Now, innovation.PublishedAt);
                Assert.Equal(VerificationDecision.Publish, innovation.LastDecision);
                Assert.Null(innovation.LastVerificationNotes);
                Assert.Equal(Now, innovation.LastVerifiedAt);
                break;
            case InnovationAction.Return:
                Assert.Null(innovation.PublishedAt);
                Assert.Equal(VerificationDecision.Return, innovation.LastDecision);
                Assert.Equal("Add the evidence of impact.", innovation.LastVerificationNotes);
                Assert.Equal(Now, innovation.LastVerifiedAt);
                break;
            case InnovationAction.Archive:
                Assert.Equal(Now, innovation.ArchivedAt);
                Assert.Equal(before.PublishedAt, innovation.PublishedAt);
                Assert.Equal(before.Title, innovation.Title);
                break;
            case InnovationAction.ReturnWithoutNotes:
            default:
                Assert.Fail($"The table allows no {@case.Action} from {@case.From}.");
                break;
        }
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void A_refused_action_names_the_state_and_changes_nothing(TransitionCase<InnovationState, InnovationAction> @case)
    {
        var innovation = InState(@case.From);
        var before = Snapshot.Of(innovation);
        var raised = Raised.Before(innovation);
        var rule = Table[@case.Action];

        var refusal = Record.Exception(() => Perform(innovation, @case.Action));

        raised.AssertNone(innovation);
        Assert.NotNull(refusal);
        if (rule.RuleRefuses(@case.From))
        {
            Transitions.AssertRuleRefusal(refusal, rule);
        }
        else
        {
            Transitions.AssertInvalidTransition(refusal, @case.From, rule);
        }

        Assert.Equal(before, Snapshot.Of(innovation));
    }

    [Fact]
    public void A_returned_innovation_can_be_submitted_and_published_again()
    {
        var innovation = InState(Returned);

        innovation.Submit(Now);
        innovation.Verify(VerificationDecision.Publish, "  Good.  ", Now.AddDays(1));

        Assert.Equal(Published, innovation.State);
        Assert.Equal("Good.", innovation.LastVerificationNotes);
        Assert.Equal(Now.AddDays(1), innovation.PublishedAt);
    }

    /// <summary>An innovation in the given state, reached through the domain's own methods.</summary>
    internal static Innovation InState(InnovationState state)
    {
        var innovation = Innovation.Register(Owner, "35", "35.78", null, Content("Layanan Adminduk Keliling"), Registered);
        switch (state)
        {
            case Draft:
                break;
            case InnovationState.Submitted:
                innovation.Submit(Submitted1);
                break;
            case Returned:
                innovation.Submit(Submitted1);
                innovation.Verify(VerificationDecision.Return, "Revise the summary.", Verified1);
                break;
            case Published:
                innovation.Submit(Submitted1);
                innovation.Verify(VerificationDecision.Publish, null, Verified1);
                break;
            case Archived:
                innovation.Archive(Archived1);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(state), state, "No builder for this state.");
        }

        Assert.Equal(state, innovation.State);
        return innovation;
    }

    internal static InnovationContent Content(string title, bool replicable = true) => new(
        title, "Dinas Kependudukan", "Summary", "Problem", "Solution", "Novelty", "Impact", "kependudukan",
        InnovationForm.PublicService, Digital: true, MaturityStage.Implementation, new DateOnly(2025, 3, 1), new DateOnly(2025, 9, 1),
        ["https://example.go.id/evidence"], replicable);

    private static void Perform(Innovation innovation, InnovationAction action)
    {
        switch (action)
        {
            case InnovationAction.Update:
                innovation.Update(Content("Revised title"), Now);
                break;
            case InnovationAction.Submit:
                innovation.Submit(Now);
                break;
            case InnovationAction.Publish:
                innovation.Verify(VerificationDecision.Publish, null, Now);
                break;
            case InnovationAction.Return:
                innovation.Verify(VerificationDecision.Return, "  Add the evidence of impact. ", Now);
                break;
            case InnovationAction.ReturnWithoutNotes:
                innovation.Verify(VerificationDecision.Return, "   ", Now);
                break;
            case InnovationAction.Archive:
                innovation.Archive(Now);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(action), action, null);
        }
    }

    private static string Gerund(InnovationAction action) => action switch
    {
        InnovationAction.Update => "Updating",
        InnovationAction.Submit => "Submitting",
        InnovationAction.Publish => "Publishing",
        InnovationAction.Return => "Returning",
        InnovationAction.ReturnWithoutNotes => "Returning_without_notes",
        InnovationAction.Archive => "Archiving",
        _ => action.ToString(),
    };

    /// <summary>Everything a refused action must leave as it was.</summary>
    private sealed record Snapshot(
        InnovationState State, string Title, string Summary, string EvidenceLinks, bool Replicable, int ReplicationCount,
        DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? SubmittedAt, DateTimeOffset? PublishedAt, DateTimeOffset? ArchivedAt,
        VerificationDecision? LastDecision, string? LastVerificationNotes, DateTimeOffset? LastVerifiedAt)
    {
        public static Snapshot Of(Innovation i) => new(
            i.State, i.Title, i.Summary, string.Join('|', i.EvidenceLinks), i.Replicable, i.ReplicationCount,
            i.CreatedAt, i.UpdatedAt, i.SubmittedAt, i.PublishedAt, i.ArchivedAt, i.LastDecision, i.LastVerificationNotes, i.LastVerifiedAt);
    }
}
