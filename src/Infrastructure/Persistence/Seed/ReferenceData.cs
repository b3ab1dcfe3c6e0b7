using System.Globalization;
using Microsoft.VisualBasic.FileIO;

namespace Jipp.Infrastructure.Persistence.Seed;

public sealed record RegionRow(string Code, string Name, string Kind, string ProvinceCode, string ShortName, string BpsCode);

public sealed record SectorRow(string Code, string NameId, string NameEn, string Group);

public sealed record HubRow(string ProvinceCode, string ShortName, string Status, int Year, string Basis);

/// <summary>The reference data files copied from the ministry's sources, embedded in this assembly.</summary>
public static class ReferenceData
{
    public static IReadOnlyList<RegionRow> Regions { get; } =
        Read("regions.csv", f => new RegionRow(f[0], f[1], f[2], f[3], f[4], f[5]));

    public static IReadOnlyList<SectorRow> Sectors { get; } =
        Read("sectors.csv", f => new SectorRow(f[0], f[1], f[2], f[3]));

    public static IReadOnlyList<HubRow> Hubs { get; } =
        Read("hubs.csv", f => new HubRow(f[0], f[1], f[2], int.Parse(f[3], CultureInfo.InvariantCulture), f[4]));

    private static List<T> Read<T>(string file, Func<string[], T> map)
    {
        var assembly = typeof(ReferenceData).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith(".Seed.Data." + file, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var parser = new TextFieldParser(stream) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        parser.ReadFields(); // header
        var rows = new List<T>();
        while (parser.ReadFields() is { } fields)
        {
            rows.Add(map(fields));
        }

        return rows;
    }
}
