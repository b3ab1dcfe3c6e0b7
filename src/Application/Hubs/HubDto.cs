using System.Text.Json.Serialization;
using Jipp.Application.Common.Concurrency;
using Jipp.Domain.Agencies;
using Jipp.Domain.Hubs;

namespace Jipp.Application.Hubs;

/// <param name="Id">UUID.</param>
/// <param name="AgencyId">The hosting agency, such as the provincial government.</param>
/// <param name="ProvinceCode">The hub's province; null for a central-agency hub.</param>
/// <param name="DesignatedOn">Date of the designation decree, where known.</param>
/// <param name="DesignationYear">Year of designation.</param>
/// <param name="DecreeNumber">The designating decree (KepmenPANRB), where known.</param>
/// <param name="LeadingSectors">Sector codes the hub focuses on (sektor unggulan).</param>
/// <param name="Partners">Partners (mitra) supporting the hub.</param>
/// <param name="Status">Whether the hub is active.</param>
/// <param name="CandidacyId">The candidacy that led to the designation, for hubs designated through this service.</param>
public sealed record HubDto(
    Guid Id,
    Guid AgencyId,
    string? ProvinceCode,
    DateOnly? DesignatedOn,
    int DesignationYear,
    string? DecreeNumber,
    IReadOnlyList<string> LeadingSectors,
    IReadOnlyList<HubPartnerDto> Partners,
    HubStatus Status,
    Guid? CandidacyId,
    [property: JsonIgnore] int Version) : IVersioned;

/// <param name="Id">UUID, used to remove the partner.</param>
/// <param name="AgencyId">The partner's agency, when it is registered.</param>
/// <param name="Name">The partner's name.</param>
/// <param name="Type">The partner's kind of body.</param>
/// <param name="SupportStatementRef">Reference of its support statement.</param>
public sealed record HubPartnerDto(Guid Id, Guid? AgencyId, string Name, AgencyType Type, string? SupportStatementRef);
