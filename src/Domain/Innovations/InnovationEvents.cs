using Jipp.Domain.Common;

namespace Jipp.Domain.Innovations;

/// <summary>An innovation moved through its state machine (<paramref name="From"/> is null at registration).</summary>
public abstract record InnovationStateChanged(Guid InnovationId, Guid AgencyId, string? ProvinceCode, Guid? HubId, InnovationState? From, InnovationState To, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>An agency registered an innovation; it is a draft.</summary>
public sealed record InnovationRegistered(Guid InnovationId, Guid AgencyId, string? ProvinceCode, Guid? HubId, string Sector, Guid? ReplicatedFromId, DateTimeOffset OccurredAt)
    : InnovationStateChanged(InnovationId, AgencyId, ProvinceCode, HubId, null, InnovationState.Draft, OccurredAt);

/// <summary>The owner revised the content of a draft or returned innovation.</summary>
public sealed record InnovationUpdated(Guid InnovationId, Guid AgencyId, string? ProvinceCode, Guid? HubId, InnovationState State, string Sector, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>The owner sent the innovation for verification.</summary>
public sealed record InnovationSubmitted(Guid InnovationId, Guid AgencyId, string? ProvinceCode, Guid? HubId, InnovationState Previous, DateTimeOffset OccurredAt)
    : InnovationStateChanged(InnovationId, AgencyId, ProvinceCode, HubId, Previous, InnovationState.Submitted, OccurredAt);

/// <summary>The ministry or the province's hub verified and published the innovation.</summary>
public sealed record InnovationPublished(Guid InnovationId, Guid AgencyId, string? ProvinceCode, Guid? HubId, string Sector, DateTimeOffset PublishedAt)
    : InnovationStateChanged(InnovationId, AgencyId, ProvinceCode, HubId, InnovationState.Submitted, InnovationState.Published, PublishedAt);

/// <summary>The verifier returned the innovation to its owner for revision.</summary>
public sealed record InnovationReturned(Guid InnovationId, Guid AgencyId, string? ProvinceCode, Guid? HubId, DateTimeOffset OccurredAt)
    : InnovationStateChanged(InnovationId, AgencyId, ProvinceCode, HubId, InnovationState.Submitted, InnovationState.Returned, OccurredAt);

/// <summary>The owner or the ministry archived the innovation.</summary>
public sealed record InnovationArchived(Guid InnovationId, Guid AgencyId, string? ProvinceCode, Guid? HubId, InnovationState Previous, DateTimeOffset OccurredAt)
    : InnovationStateChanged(InnovationId, AgencyId, ProvinceCode, HubId, Previous, InnovationState.Archived, OccurredAt);

/// <summary>A replication of the innovation was completed, so it counts one more.</summary>
public sealed record InnovationReplicated(Guid InnovationId, Guid AgencyId, Guid AdaptationId, int ReplicationCount, DateTimeOffset OccurredAt) : IDomainEvent;
