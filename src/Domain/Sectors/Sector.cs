namespace Jipp.Domain.Sectors;

/// <summary>One of the 32 concurrent government affairs of UU 23/2014 Art. 12.</summary>
public sealed class Sector
{
    public Sector(string code, string name, string nameId, string group, int position)
    {
        Position = position;
        Code = code;
        Name = name;
        NameId = nameId;
        Group = group;
    }

    public string Code { get; private set; }

    /// <summary>English name.</summary>
    public string Name { get; private set; }

    /// <summary>Indonesian name.</summary>
    public string NameId { get; private set; }

    public string Group { get; private set; }

    /// <summary>The order of Art. 12 of the law, used to list sectors.</summary>
    public int Position { get; private set; }
}
