using Jipp.Domain.Agencies;

namespace Jipp.Domain.Hubs;

/// <summary>A partner to add: a registered agency (its name and type), or a named body of a given type.</summary>
public sealed record HubPartnerDraft(Guid? AgencyId, string Name, AgencyType Type, string? SupportStatementRef);
