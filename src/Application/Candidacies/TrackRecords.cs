using Jipp.Application.Common.Interfaces;
using Jipp.Domain.Candidacies;
using Jipp.Domain.Innovations;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Application.Candidacies;

/// <summary>
/// A candidate's track record from the registry: the published innovations of agencies in its
/// province (its own government, its regencies' and cities', and other bodies there), or, for a
/// central body, its own.
/// </summary>
public static class TrackRecords
{
    public static async Task<TrackRecord> ComputeAsync(IJippDbContext db, Guid agencyId, string? provinceCode, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var published = db.Innovations.AsNoTracking().Where(i => i.State == InnovationState.Published);
        published = provinceCode is null ? published.Where(i => i.AgencyId == agencyId) : published.Where(i => i.ProvinceCode == provinceCode);

        var count = await published.CountAsync(cancellationToken);
        var regencies = await published.Where(i => i.RegencyCode != null).Select(i => i.RegencyCode).Distinct().CountAsync(cancellationToken);
        var sectors = await published.Select(i => i.Sector).Distinct().CountAsync(cancellationToken);
        var total = provinceCode is null ? 0 : await db.Regencies.CountAsync(r => r.ProvinceCode == provinceCode, cancellationToken);
        var coverage = total == 0 ? 0m : Math.Round((decimal)regencies / total, 4);
        return new TrackRecord(count, regencies, total, coverage, sectors, now);
    }
}
