using Jipp.Domain.Agencies;

namespace Jipp.Application.Agencies;

/// <param name="Id">UUID.</param>
/// <param name="Name">Official name.</param>
/// <param name="Type">Kind of body.</param>
/// <param name="ProvinceCode">Province it belongs to; null for central bodies.</param>
/// <param name="RegencyCode">Regency or city it belongs to, if any.</param>
public sealed record AgencyDto(Guid Id, string Name, AgencyType Type, string? ProvinceCode, string? RegencyCode);
