using Jipp.Domain.Common;

namespace Jipp.Domain.Hubs;

/// <summary>A province or central body was designated a Hub JIPP through this service.</summary>
public sealed record HubDesignated(Guid HubId, Guid AgencyId, string? ProvinceCode, DateOnly DesignatedOn, string DecreeNumber, Guid CandidacyId, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>
/// The innovations of the hub's province (or, for a central body, of its agency) came under the hub, which
/// verifies them from now on. A change in bulk: one event for all of them.
/// </summary>
public sealed record HubInnovationsAssigned(Guid HubId, string? ProvinceCode, Guid? AgencyId, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>A partner (mitra) joined the hub.</summary>
public sealed record HubPartnerAdded(Guid HubId, Guid PartnerId, Guid? PartnerAgencyId, string Name, Agencies.AgencyType Type, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>A partner left the hub.</summary>
public sealed record HubPartnerRemoved(Guid HubId, Guid PartnerId, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>A hub recorded an activity it held.</summary>
public sealed record HubActivityRecorded(Guid HubId, Guid ActivityId, HubActivityType Type, DateOnly HeldOn, int Agencies, int Innovations, DateTimeOffset OccurredAt) : IDomainEvent;
