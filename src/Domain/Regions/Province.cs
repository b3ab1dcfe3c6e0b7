namespace Jipp.Domain.Regions;

/// <summary>A province (provinsi), identified by its two-digit Kemendagri code.</summary>
public sealed class Province
{
    public Province(string code, string name, string shortName, string bpsCode)
    {
        Code = code;
        Name = name;
        ShortName = shortName;
        BpsCode = bpsCode;
    }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public string ShortName { get; private set; }

    /// <summary>Statistics Indonesia's code; differs from Kemendagri's for the Papua provinces.</summary>
    public string BpsCode { get; private set; }
}
