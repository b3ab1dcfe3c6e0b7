using Jipp.Application.Candidacies;
using Jipp.Domain.Agencies;
using Jipp.Domain.Candidacies;
using Jipp.Domain.Hubs;
using Jipp.Domain.Regions;
using Jipp.Domain.Sectors;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Jipp.Infrastructure.Persistence.Seed;

/// <summary>
/// Inserts the reference data that is missing and leaves existing rows alone, so seeding any
/// number of times gives the same database.
/// </summary>
public sealed class ReferenceDataSeeder(JippDbContext db)
{
    public const string KemenpanrbName = "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi";

    private static readonly DateTimeOffset InvitedAt = new(2023, 2, 13, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The keys of every seeded row, table by table: what <see cref="IsCompleteAsync"/> looks for.</summary>
    private static readonly Lazy<SeedKeys> Keys = new(() => new SeedKeys(
        [.. ReferenceData.Regions.Where(r => r.Kind == "province").Select(r => r.Code)],
        [.. ReferenceData.Regions.Where(r => r.Kind != "province").Select(r => r.Code)],
        [.. ReferenceData.Sectors.Select(s => s.Code)],
        [.. SeededAgencies().Select(a => a.Id)],
        [.. DesignatedHubs().Select(h => h.Id)],
        [.. InvitedCandidacies().Select(c => c.Id)]));

    /// <summary>
    /// Seeds what is missing, unless one query shows that every seeded row is there (the usual case at
    /// start): the per-table reads and change tracking of a full pass are left for a new or incomplete database.
    /// </summary>
    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        if (!await IsCompleteAsync(cancellationToken))
        {
            await SeedMissingAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Whether every row that seeding inserts exists, looked up by the same keys (a code or a
    /// deterministic id) that seeding uses to tell an existing row from a missing one.
    /// </summary>
    public async Task<bool> IsCompleteAsync(CancellationToken cancellationToken = default)
    {
        var keys = Keys.Value;
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            // A plain command on the context's connection: EF would compile a LINQ query for this one read.
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync(ct);
            try
            {
                await using var command = new NpgsqlCommand(
                    """
                    SELECT (SELECT count(*) FROM provinces WHERE code = ANY($1)) = cardinality($1)
                       AND (SELECT count(*) FROM regencies WHERE code = ANY($2)) = cardinality($2)
                       AND (SELECT count(*) FROM sectors WHERE code = ANY($3)) = cardinality($3)
                       AND (SELECT count(*) FROM agencies WHERE id = ANY($4)) = cardinality($4)
                       AND (SELECT count(*) FROM hubs WHERE id = ANY($5)) = cardinality($5)
                       AND (SELECT count(*) FROM candidacies WHERE id = ANY($6)) = cardinality($6)
                    """,
                    connection)
                {
                    Parameters =
                    {
                        new() { Value = keys.Provinces },
                        new() { Value = keys.Regencies },
                        new() { Value = keys.Sectors },
                        new() { Value = keys.Agencies },
                        new() { Value = keys.Hubs },
                        new() { Value = keys.Candidacies },
                    },
                };
                return (bool)(await command.ExecuteScalarAsync(ct))!;
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }, cancellationToken);
    }

    private async Task SeedMissingAsync(CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await SeedRegionsAsync(ct);
            await SeedSectorsAsync(ct);
            await SeedAgenciesAsync(ct);
            await SeedHubsAsync(ct);
            await SeedInvitedCandidaciesAsync(ct);
            await transaction.CommitAsync(ct);
        }, cancellationToken);
        db.ChangeTracker.Clear();
    }

    private async Task SeedRegionsAsync(CancellationToken ct)
    {
        var provinces = await db.Provinces.Select(p => p.Code).ToHashSetAsync(ct);
        foreach (var row in ReferenceData.Regions.Where(r => r.Kind == "province" && !provinces.Contains(r.Code)))
        {
            db.Provinces.Add(new Province(row.Code, row.Name, row.ShortName, row.BpsCode));
        }

        await db.SaveChangesAsync(ct);

        var regencies = await db.Regencies.Select(r => r.Code).ToHashSetAsync(ct);
        foreach (var row in ReferenceData.Regions.Where(r => r.Kind != "province" && !regencies.Contains(r.Code)))
        {
            var kind = row.Kind == "city" ? RegencyKind.City : RegencyKind.Regency;
            db.Regencies.Add(new Regency(row.Code, row.Name, kind, row.ProvinceCode));
        }

        await db.SaveChangesAsync(ct);
    }

    private async Task SeedSectorsAsync(CancellationToken ct)
    {
        var existing = await db.Sectors.Select(s => s.Code).ToHashSetAsync(ct);
        foreach (var (row, position) in ReferenceData.Sectors.Select((row, i) => (row, i + 1)).Where(x => !existing.Contains(x.row.Code)))
        {
            db.Sectors.Add(new Sector(row.Code, row.NameEn, row.NameId, row.Group, position));
        }

        await db.SaveChangesAsync(ct);
    }

    private async Task SeedAgenciesAsync(CancellationToken ct)
    {
        var existing = await db.Agencies.Select(a => a.Id).ToHashSetAsync(ct);
        foreach (var agency in SeededAgencies().Where(a => existing.Add(a.Id)))
        {
            db.Agencies.Add(Agency.Create(agency.Id, agency.Name, agency.Type, agency.ProvinceCode, agency.RegencyCode, SeedIds.ReferenceDataCreatedAt));
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>The ids of the seeded candidacies of 2023, one per invited province.</summary>
    public static IReadOnlyList<Guid> InvitedCandidacyIds { get; } = [.. InvitedCandidacies().Select(c => c.Id)];

    /// <summary>KemenPANRB and the government of every province, regency and city.</summary>
    private static IEnumerable<(Guid Id, string Name, AgencyType Type, string? ProvinceCode, string? RegencyCode)> SeededAgencies()
    {
        yield return (SeedIds.Kemenpanrb, KemenpanrbName, AgencyType.Ministry, null, null);
        foreach (var row in ReferenceData.Regions)
        {
            yield return row.Kind switch
            {
                "province" => (SeedIds.ProvincialGovernment(row.Code), "Pemerintah Provinsi " + row.Name, AgencyType.ProvincialGovernment, row.Code, null),
                "city" => (SeedIds.RegionalGovernment(row.Code), "Pemerintah " + row.Name, AgencyType.CityGovernment, row.ProvinceCode, row.Code),
                _ => (SeedIds.RegionalGovernment(row.Code), "Pemerintah " + row.Name, AgencyType.RegencyGovernment, row.ProvinceCode, row.Code),
            };
        }
    }

    /// <summary>The seven provinces invited to the readiness coordination meeting of 13 February 2023 (virtual).</summary>
    private async Task SeedInvitedCandidaciesAsync(CancellationToken ct)
    {
        var meeting = new DateOnly(2023, 2, 13);
        var existing = await db.Candidacies.Select(c => c.Id).ToHashSetAsync(ct);
        foreach (var (row, id) in InvitedCandidacies())
        {
            if (existing.Contains(id))
            {
                continue;
            }

            var agencyId = SeedIds.ProvincialGovernment(row.ProvinceCode);
            var trackRecord = await TrackRecords.ComputeAsync(db, agencyId, row.ProvinceCode, InvitedAt, ct);
            var candidacy = Candidacy.Shortlist(id, agencyId, row.ProvinceCode, row.Year, "Invited to the readiness coordination meeting of 13 February 2023.", trackRecord, InvitedAt);
            candidacy.Invite(meeting, MeetingFormat.Virtual, InvitedAt);
            db.Candidacies.Add(candidacy);
        }

        await db.SaveChangesAsync(ct);
    }

    private async Task SeedHubsAsync(CancellationToken ct)
    {
        var existing = await db.Hubs.Select(h => h.Id).ToHashSetAsync(ct);
        foreach (var (row, id) in DesignatedHubs())
        {
            if (existing.Contains(id))
            {
                continue;
            }

            // The basis names the decree where one is known ("KepmenPANRB 94/2020 (…)").
            var decree = row.Basis.StartsWith("KepmenPANRB", StringComparison.Ordinal) ? row.Basis.Split(" (")[0] : null;
            db.Hubs.Add(Hub.Record(id, SeedIds.ProvincialGovernment(row.ProvinceCode), row.ProvinceCode, row.Year, decree));
        }

        await db.SaveChangesAsync(ct);
    }

    private static IEnumerable<(HubRow Row, Guid Id)> DesignatedHubs() =>
        ReferenceData.Hubs.Where(h => h.Status == "designated").Select(row => (row, SeedIds.Hub(row.ProvinceCode, row.Year)));

    private static IEnumerable<(HubRow Row, Guid Id)> InvitedCandidacies() =>
        ReferenceData.Hubs.Where(h => h.Status == "invited").Select(row => (row, SeedIds.For("candidacy:" + row.Year + ":" + row.ProvinceCode, InvitedAt)));

    private sealed record SeedKeys(string[] Provinces, string[] Regencies, string[] Sectors, Guid[] Agencies, Guid[] Hubs, Guid[] Candidacies);
}
