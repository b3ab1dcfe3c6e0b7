using Jipp.Domain.Candidacies;
using Jipp.Domain.Common;
using Jipp.Domain.Innovations;

namespace Jipp.Domain.Replications;

/// <summary>
/// An agency's request to adopt another agency's innovation, with the hub's mentoring:
/// submitted → verified → agreed → inImplementation → completed; submitted → rejected;
/// cancelled by the requester before completion.
/// </summary>
public sealed class ReplicationRequest : VersionedAggregateRoot
{
    public const string InvalidTransition = InvalidTransitionException.ErrorCode;
    public const int TextMaxLength = 4000;
    public const int ReferenceMaxLength = 200;

    private static readonly ReplicationState[] OpenStates =
        [ReplicationState.Submitted, ReplicationState.Verified, ReplicationState.Agreed, ReplicationState.InImplementation];

    private ReplicationRequest()
    {
        Motivation = string.Empty;
        MentoringSessions = [];
    }

    public Guid Id { get; private set; }



    public Guid InnovationId { get; private set; }

    public Guid OwnerAgencyId { get; private set; }

    public Guid RequesterAgencyId { get; private set; }

    /// <summary>The requester's province, for statistics.</summary>
    public string? RequesterProvinceCode { get; private set; }

    /// <summary>The hub of the requester's province, else of the owner's; null when the ministry facilitates.</summary>
    public Guid? FacilitatingHubId { get; private set; }

    public string Motivation { get; private set; }

    public DateOnly PlannedStartOn { get; private set; }

    public ReplicationState State { get; private set; }

    public ReplicationVerification? Verification { get; private set; }

    public ReplicationAgreement? Agreement { get; private set; }

    public List<MentoringSession> MentoringSessions { get; private set; }

    public ReplicationCompletion? Completion { get; private set; }

    public Closure? Cancellation { get; private set; }

    /// <summary>The requester's adaptation, registered at completion.</summary>
    public Guid? ResultInnovationId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static IReadOnlyList<ReplicationState> Open => OpenStates;

    /// <summary>Requests to replicate <paramref name="innovation"/>; only a published, replicable innovation of another agency.</summary>
    public static ReplicationRequest Submit(Innovation innovation, Guid requesterAgencyId, string? requesterProvinceCode, Guid? facilitatingHubId, string motivation, DateOnly plannedStartOn, DateTimeOffset now)
    {
        if (innovation.State != InnovationState.Published)
        {
            throw new DomainException("replication.not_published", "Only a published innovation can be replicated.");
        }

        if (!innovation.Replicable)
        {
            throw new DomainException("replication.not_replicable", "The owner of this innovation has not offered it for replication.");
        }

        if (innovation.AgencyId == requesterAgencyId)
        {
            throw new DomainException("replication.own_innovation", "An agency cannot replicate its own innovation.");
        }

        var request = new ReplicationRequest
        {
            Id = IdGenerator.NewId(),
            InnovationId = innovation.Id,
            OwnerAgencyId = innovation.AgencyId,
            RequesterAgencyId = requesterAgencyId,
            RequesterProvinceCode = requesterProvinceCode,
            FacilitatingHubId = facilitatingHubId,
            Motivation = motivation.Trim(),
            PlannedStartOn = plannedStartOn,
            State = ReplicationState.Submitted,
            CreatedAt = now,
            UpdatedAt = now,
        };
        request.Raise(new ReplicationRequested(request.Id, request.InnovationId, request.RequesterAgencyId, request.OwnerAgencyId, request.FacilitatingHubId, plannedStartOn, now));
        return request;
    }

    public void Verify(bool approved, string? notes, DateTimeOffset now)
    {
        Require(TransitionActions.Verify, ReplicationState.Submitted);
        Verification = new ReplicationVerification(approved, Clean(notes), now);
        Move(approved ? ReplicationState.Verified : ReplicationState.Rejected, now);
        Raise(new ReplicationVerified(Id, InnovationId, RequesterAgencyId, OwnerAgencyId, FacilitatingHubId, approved, now));
    }

    public void Agree(DateOnly agreedOn, string documentRef, DateTimeOffset now)
    {
        Require(TransitionActions.AgreeTo, ReplicationState.Verified);
        Agreement = new ReplicationAgreement(agreedOn, documentRef.Trim(), now);
        Move(ReplicationState.Agreed, now);
        Raise(new ReplicationAgreed(Id, InnovationId, RequesterAgencyId, OwnerAgencyId, FacilitatingHubId, agreedOn, now));
    }

    /// <summary>Records a mentoring session; the first one starts the implementation.</summary>
    public MentoringSession RecordMentoring(DateOnly heldOn, MeetingFormat format, IEnumerable<string> topics, string? notes, DateTimeOffset now)
    {
        Require(TransitionActions.RecordMentoring, ReplicationState.Agreed, ReplicationState.InImplementation);
        var session = new MentoringSession(IdGenerator.NewId(), heldOn, format, [.. topics.Select(t => t.Trim())], Clean(notes), now);
        MentoringSessions = [.. MentoringSessions, session];
        var from = State;
        Move(ReplicationState.InImplementation, now);
        Raise(new ReplicationMentored(Id, InnovationId, RequesterAgencyId, OwnerAgencyId, FacilitatingHubId, from, session.Id, heldOn, format, MentoringSessions.Count, now));
        return session;
    }

    /// <summary>Completes the replication; it needs at least one mentoring session.</summary>
    public void Complete(DateOnly completedOn, string resultsSummary, Guid resultInnovationId, DateTimeOffset now)
    {
        Require(TransitionActions.Complete, ReplicationState.Agreed, ReplicationState.InImplementation);
        if (MentoringSessions.Count == 0)
        {
            throw new DomainException("replication.no_mentoring", "A replication is completed only after at least one mentoring session.");
        }

        var from = State;
        Completion = new ReplicationCompletion(completedOn, resultsSummary.Trim(), now);
        ResultInnovationId = resultInnovationId;
        Move(ReplicationState.Completed, now);
        Raise(new ReplicationCompleted(Id, InnovationId, RequesterAgencyId, OwnerAgencyId, FacilitatingHubId, from, completedOn, resultInnovationId, now));
    }

    public void Cancel(string reason, DateTimeOffset now)
    {
        Require(TransitionActions.Cancel, OpenStates);
        var from = State;
        Cancellation = new Closure(reason.Trim(), now);
        Move(ReplicationState.Cancelled, now);
        Raise(new ReplicationCancelled(Id, InnovationId, RequesterAgencyId, OwnerAgencyId, FacilitatingHubId, from, now));
    }

    /// <summary>The content of the requester's adaptation: the original's, dated by this replication.</summary>
    public static InnovationContent AdaptationOf(InnovationContent original, DateOnly plannedStartOn, DateOnly completedOn) =>
        original with
        {
            MaturityStage = MaturityStage.Implementation,
            StartedOn = plannedStartOn < completedOn ? plannedStartOn : completedOn,
            ImplementedOn = completedOn,
            EvidenceLinks = [],
        };

    private void Move(ReplicationState state, DateTimeOffset now)
    {
        State = state;
        UpdatedAt = now;
    }

    private void Require(string action, params ReplicationState[] allowed)
    {
        if (!allowed.Contains(State))
        {
            throw new InvalidTransitionException(TransitionSubject.ReplicationRequest, action, Name(State), [.. allowed.Select(Name)]);
        }
    }

    private static string Name(ReplicationState state) => char.ToLowerInvariant(state.ToString()[0]) + state.ToString()[1..];

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
