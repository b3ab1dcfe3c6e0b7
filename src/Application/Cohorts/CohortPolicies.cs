using System.Text.Json.Serialization;
using Jipp.Application.Common.Concurrency;
using Jipp.Application.Common.Interfaces;
using Jipp.Domain.Candidacies;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Application.Cohorts;

/// <param name="Year">The cohort year.</param>
/// <param name="MinScore">Minimum assessment score (0–100) for each criterion.</param>
/// <param name="MinPublishedInnovations">Minimum published innovations in the candidate's track record.</param>
/// <param name="MinRegencyCoverage">Minimum share (0–1) of the province's regencies and cities with a published innovation.</param>
/// <param name="MinPartners">Minimum partners outside government (university or other) with a support statement.</param>
/// <param name="IsDefault">True while the ministry has not set this year's policy: the defaults apply.</param>
/// <param name="UpdatedAt">When the ministry last set it.</param>
public sealed record CohortPolicyDto(int Year, int MinScore, int MinPublishedInnovations, decimal MinRegencyCoverage, int MinPartners, bool IsDefault, DateTimeOffset? UpdatedAt, [property: JsonIgnore] int Version) : IVersioned;

public static class CohortPolicies
{
    /// <summary>The policy of a cohort year as it stands: the ministry's, else the defaults.</summary>
    public static async Task<CohortPolicy> ForYearAsync(IJippDbContext db, int year, CancellationToken cancellationToken) =>
        await db.CohortPolicies.AsNoTracking().SingleOrDefaultAsync(p => p.Year == year, cancellationToken) ?? CohortPolicy.Default(year);

    public static CohortPolicyDto ToDto(this CohortPolicy policy) =>
        new(policy.Year, policy.MinScore, policy.MinPublishedInnovations, policy.MinRegencyCoverage, policy.MinPartners, policy.UpdatedAt is null, policy.UpdatedAt, policy.Version);
}
