using Jipp.Application.Candidacies;
using Jipp.Domain.Agencies;
using Jipp.Domain.Candidacies;
using Jipp.Domain.Hubs;
using Jipp.Domain.Regions;
using Jipp.Domain.Sectors;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Infrastructure.Persistence.Seed;

/// <summary>
/// Inserts the reference data that is missing and leaves existing rows alone, so seeding any
/// number of times gives the same database.
/// </summary>
public sealed class ReferenceDataSeeder(JippDbContext db)
{
    public const string KemenpanrbName = "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi";

    public async Task SeedAsync(CancellationToken cancellationToken = default)
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
        var createdAt = SeedIds.ReferenceDataCreatedAt;
        void AddIfMissing(Guid id, string name, AgencyType type, string? provinceCode, string? regencyCode)
        {
            if (existing.Add(id))
            {
                db.Agencies.Add(Agency.Create(id, name, type, provinceCode, regencyCode, createdAt));
            }
        }

        AddIfMissing(SeedIds.Kemenpanrb, KemenpanrbName, AgencyType.Ministry, null, null);
        foreach (var row in ReferenceData.Regions)
        {
            switch (row.Kind)
            {
                case "province":
                    AddIfMissing(SeedIds.ProvincialGovernment(row.Code), "Pemerintah Provinsi " + row.Name, AgencyType.ProvincialGovernment, row.Code, null);
                    break;
                case "city":
                    AddIfMissing(SeedIds.RegionalGovernment(row.Code), "Pemerintah " + row.Name, AgencyType.CityGovernment, row.ProvinceCode, row.Code);
                    break;
                default:
                    AddIfMissing(SeedIds.RegionalGovernment(row.Code), "Pemerintah " + row.Name, AgencyType.RegencyGovernment, row.ProvinceCode, row.Code);
                    break;
            }
        }

        await db.SaveChangesAsync(ct);
    }

    private static readonly DateTimeOffset InvitedAt = new(2023, 2, 13, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The ids of the seeded candidacies of 2023, one per invited province.</summary>
    public static IReadOnlyList<Guid> InvitedCandidacyIds { get; } = [.. ReferenceData.Hubs.Where(h => h.Status == "invited").Select(CandidacyId)];

    private static Guid CandidacyId(HubRow row) => SeedIds.For("candidacy:" + row.Year + ":" + row.ProvinceCode, InvitedAt);

    /// <summary>The seven provinces invited to the readiness coordination meeting of 13 February 2023 (virtual).</summary>
    private async Task SeedInvitedCandidaciesAsync(CancellationToken ct)
    {
        var meeting = new DateOnly(2023, 2, 13);
        var existing = await db.Candidacies.Select(c => c.Id).ToHashSetAsync(ct);
        foreach (var row in ReferenceData.Hubs.Where(h => h.Status == "invited"))
        {
            var id = CandidacyId(row);
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
        foreach (var row in ReferenceData.Hubs.Where(h => h.Status == "designated"))
        {
            var id = SeedIds.Hub(row.ProvinceCode, row.Year);
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
}
