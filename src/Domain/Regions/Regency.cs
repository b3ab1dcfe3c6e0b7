namespace Jipp.Domain.Regions;

/// <summary>A regency (kabupaten) or city (kota), identified by its Kemendagri code <c>PP.KK</c>.</summary>
public sealed class Regency
{
    public Regency(string code, string name, RegencyKind kind, string provinceCode)
    {
        Code = code;
        Name = name;
        Kind = kind;
        ProvinceCode = provinceCode;
    }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public RegencyKind Kind { get; private set; }

    public string ProvinceCode { get; private set; }
}
