namespace Jipp.Domain.Agencies;

/// <summary>The kind of government body (instansi).</summary>
public enum AgencyType
{
    /// <summary>Kementerian.</summary>
    Ministry,

    /// <summary>Lembaga: a central non-ministerial agency.</summary>
    Agency,

    /// <summary>Pemerintah provinsi.</summary>
    ProvincialGovernment,

    /// <summary>Pemerintah kabupaten.</summary>
    RegencyGovernment,

    /// <summary>Pemerintah kota.</summary>
    CityGovernment,

    /// <summary>BUMN.</summary>
    StateOwnedEnterprise,

    /// <summary>BUMD.</summary>
    RegionOwnedEnterprise,

    /// <summary>Perguruan tinggi.</summary>
    University,

    /// <summary>Any other body.</summary>
    Other,
}

public static class AgencyTypeExtensions
{
    /// <summary>Regional governments are reference data: exactly one per province, regency and city.</summary>
    public static bool IsRegionalGovernment(this AgencyType type) =>
        type is AgencyType.ProvincialGovernment or AgencyType.RegencyGovernment or AgencyType.CityGovernment;

    /// <summary>Bodies outside government, which count as outside stakeholders for a hub.</summary>
    public static bool IsOutsideGovernment(this AgencyType type) =>
        type is AgencyType.University or AgencyType.Other;
}
