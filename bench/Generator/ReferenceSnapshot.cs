using Jipp.Domain.Agencies;
using Npgsql;

namespace Jipp.Bench.Generator;

/// <summary>An agency as the texts name it: "Kabupaten Banyuwangi" (region) and "Banyuwangi" (place).</summary>
internal sealed record AgencyRow(Guid Id, AgencyType Type, string? ProvinceCode, string? RegencyCode, string Region, string Place, string Domain);

/// <summary>The reference data the service seeded at its first start, which every generated row points to.</summary>
internal sealed record ReferenceSnapshot(IReadOnlyList<AgencyRow> Agencies, IReadOnlyList<string> Sectors, IReadOnlyDictionary<string, Guid> HubByProvince)
{
    public static async Task<ReferenceSnapshot> LoadAsync(NpgsqlDataSource dataSource)
    {
        var agencies = new List<AgencyRow>();
        await using (var command = dataSource.CreateCommand("SELECT id, type, province_code, regency_code, name FROM agencies ORDER BY id"))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                var name = reader.GetString(4);
                var region = name.StartsWith("Pemerintah ", StringComparison.Ordinal) ? name["Pemerintah ".Length..] : name;
                var place = region;
                foreach (var prefix in new[] { "Kabupaten ", "Kota ", "Provinsi " })
                {
                    if (place.StartsWith(prefix, StringComparison.Ordinal))
                    {
                        place = place[prefix.Length..];
                    }
                }

                var domain = new string([.. place.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit)]) + ".go.id";
                agencies.Add(new AgencyRow(
                    reader.GetGuid(0),
                    Enum.Parse<AgencyType>(reader.GetString(1)),
                    reader.IsDBNull(2) ? null : reader.GetString(2),
                    reader.IsDBNull(3) ? null : reader.GetString(3),
                    region,
                    place,
                    domain));
            }
        }

        var sectors = new List<string>();
        await using (var command = dataSource.CreateCommand("SELECT code FROM sectors ORDER BY position"))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                sectors.Add(reader.GetString(0));
            }
        }

        var hubs = new Dictionary<string, Guid>(StringComparer.Ordinal);
        await using (var command = dataSource.CreateCommand("SELECT province_code, id FROM hubs WHERE status = 'Active' AND province_code IS NOT NULL"))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                hubs[reader.GetString(0)] = reader.GetGuid(1);
            }
        }

        if (agencies.Count == 0 || sectors.Count == 0)
        {
            throw new InvalidOperationException("No reference data: start the service once against this database (it migrates and seeds at start).");
        }

        return new ReferenceSnapshot(agencies, sectors, hubs);
    }
}
