using Jipp.Domain.Common;

namespace Jipp.Domain.Replications;

/// <summary>A replication request moved through its state machine (<paramref name="From"/> is null when it was submitted).</summary>
public abstract record ReplicationStateChanged(Guid RequestId, Guid InnovationId, Guid RequesterAgencyId, Guid OwnerAgencyId, Guid? FacilitatingHubId, ReplicationState? From, ReplicationState To, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>An agency asked to replicate another agency's published innovation.</summary>
public sealed record ReplicationRequested(Guid RequestId, Guid InnovationId, Guid RequesterAgencyId, Guid OwnerAgencyId, Guid? FacilitatingHubId, DateOnly PlannedStartOn, DateTimeOffset OccurredAt)
    : ReplicationStateChanged(RequestId, InnovationId, RequesterAgencyId, OwnerAgencyId, FacilitatingHubId, null, ReplicationState.Submitted, OccurredAt);

/// <summary>The facilitating hub or the ministry verified the request: approved, or rejected.</summary>
public sealed record ReplicationVerified(Guid RequestId, Guid InnovationId, Guid RequesterAgencyId, Guid OwnerAgencyId, Guid? FacilitatingHubId, bool Approved, DateTimeOffset OccurredAt)
    : ReplicationStateChanged(RequestId, InnovationId, RequesterAgencyId, OwnerAgencyId, FacilitatingHubId, ReplicationState.Submitted, Approved ? ReplicationState.Verified : ReplicationState.Rejected, OccurredAt);

/// <summary>The owner and the requester agreed on the replication (a cooperation agreement).</summary>
public sealed record ReplicationAgreed(Guid RequestId, Guid InnovationId, Guid RequesterAgencyId, Guid OwnerAgencyId, Guid? FacilitatingHubId, DateOnly AgreedOn, DateTimeOffset OccurredAt)
    : ReplicationStateChanged(RequestId, InnovationId, RequesterAgencyId, OwnerAgencyId, FacilitatingHubId, ReplicationState.Verified, ReplicationState.Agreed, OccurredAt);

/// <summary>A mentoring session was held; the first one starts the implementation (then From is agreed).</summary>
public sealed record ReplicationMentored(Guid RequestId, Guid InnovationId, Guid RequesterAgencyId, Guid OwnerAgencyId, Guid? FacilitatingHubId, ReplicationState Previous, Guid SessionId, DateOnly HeldOn, Candidacies.MeetingFormat Format, int Sessions, DateTimeOffset OccurredAt)
    : ReplicationStateChanged(RequestId, InnovationId, RequesterAgencyId, OwnerAgencyId, FacilitatingHubId, Previous, ReplicationState.InImplementation, OccurredAt);

/// <summary>The requester completed the replication; its adaptation is registered as a draft innovation.</summary>
public sealed record ReplicationCompleted(Guid RequestId, Guid InnovationId, Guid RequesterAgencyId, Guid OwnerAgencyId, Guid? FacilitatingHubId, ReplicationState Previous, DateOnly CompletedOn, Guid ResultInnovationId, DateTimeOffset OccurredAt)
    : ReplicationStateChanged(RequestId, InnovationId, RequesterAgencyId, OwnerAgencyId, FacilitatingHubId, Previous, ReplicationState.Completed, OccurredAt);

/// <summary>The requester cancelled the request before completion.</summary>
public sealed record ReplicationCancelled(Guid RequestId, Guid InnovationId, Guid RequesterAgencyId, Guid OwnerAgencyId, Guid? FacilitatingHubId, ReplicationState Previous, DateTimeOffset OccurredAt)
    : ReplicationStateChanged(RequestId, InnovationId, RequesterAgencyId, OwnerAgencyId, FacilitatingHubId, Previous, ReplicationState.Cancelled, OccurredAt);
