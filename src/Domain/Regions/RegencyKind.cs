namespace Jipp.Domain.Regions;

/// <summary>A second-level region: kabupaten (regency) or kota (city).</summary>
public enum RegencyKind
{
    /// <summary>Kabupaten.</summary>
    Regency,

    /// <summary>Kota.</summary>
    City,
}
