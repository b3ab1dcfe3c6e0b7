using Jipp.Domain.Common;

namespace Jipp.Domain.Agencies;

/// <summary>A government body that is not a regional government was registered.</summary>
public sealed record AgencyRegistered(Guid AgencyId, string Name, AgencyType Type, string? ProvinceCode, string? RegencyCode, DateTimeOffset OccurredAt) : IDomainEvent;
