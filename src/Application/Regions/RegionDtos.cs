using Jipp.Domain.Regions;

namespace Jipp.Application.Regions;

/// <param name="Code">Kemendagri code, two digits.</param>
/// <param name="Name">Official name.</param>
/// <param name="ShortName">Common short name, such as "Jatim".</param>
/// <param name="BpsCode">Statistics Indonesia's code.</param>
/// <param name="HubId">The province's active Hub JIPP, if it has one.</param>
public sealed record ProvinceDto(string Code, string Name, string ShortName, string BpsCode, Guid? HubId);

/// <param name="Code">Kemendagri code, two digits.</param>
/// <param name="Name">Official name.</param>
/// <param name="ShortName">Common short name.</param>
/// <param name="BpsCode">Statistics Indonesia's code.</param>
/// <param name="HubId">The province's active Hub JIPP, if it has one.</param>
/// <param name="RegencyCount">Number of regencies (kabupaten).</param>
/// <param name="CityCount">Number of cities (kota).</param>
public sealed record ProvinceDetailDto(string Code, string Name, string ShortName, string BpsCode, Guid? HubId, int RegencyCount, int CityCount);

/// <param name="Code">Kemendagri code <c>PP.KK</c>.</param>
/// <param name="Name">Official name.</param>
/// <param name="Kind">Regency (kabupaten) or city (kota).</param>
public sealed record RegencyDto(string Code, string Name, RegencyKind Kind);
