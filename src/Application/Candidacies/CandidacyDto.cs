using System.Linq.Expressions;
using System.Text.Json.Serialization;
using Jipp.Application.Common.Concurrency;
using Jipp.Domain.Candidacies;

namespace Jipp.Application.Candidacies;

/// <summary>A province's (or central body's) candidacy to become a Hub JIPP.</summary>
/// <param name="Id">UUID.</param>
/// <param name="AgencyId">The candidate: a provincial government or a central body.</param>
/// <param name="ProvinceCode">The candidate's province; null for a central body.</param>
/// <param name="CohortYear">The cohort (year) of the onboarding round.</param>
/// <param name="State">Where the candidacy stands.</param>
/// <param name="Notes">The ministry's notes at shortlisting.</param>
/// <param name="TrackRecord">The candidate's record in the registry, computed at shortlisting and refreshed at assessment (the seeded 2023 candidacies: also when demo data is seeded).</param>
/// <param name="Invitation">The readiness coordination meeting it was invited to.</param>
/// <param name="Willingness">Its answer to the invitation (kesediaan).</param>
/// <param name="Commitment">The signed joint commitment (komitmen bersama).</param>
/// <param name="Readiness">Its readiness evidence.</param>
/// <param name="Assessment">The ministry's scores and the judgement of each criterion.</param>
/// <param name="Designation">The designation decree.</param>
/// <param name="Rejection">Why the ministry rejected it.</param>
/// <param name="Withdrawal">Why the candidate withdrew.</param>
/// <param name="HubId">The hub created by the designation.</param>
/// <param name="CreatedAt">When it was shortlisted.</param>
/// <param name="UpdatedAt">When it last changed.</param>
public sealed record CandidacyDto(
    Guid Id,
    Guid AgencyId,
    string? ProvinceCode,
    int CohortYear,
    CandidacyState State,
    string? Notes,
    TrackRecord TrackRecord,
    Invitation? Invitation,
    Willingness? Willingness,
    Commitment? Commitment,
    Readiness? Readiness,
    Assessment? Assessment,
    Designation? Designation,
    Closure? Rejection,
    Closure? Withdrawal,
    Guid? HubId,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    [property: JsonIgnore] int Version) : IVersioned;

public static class CandidacyProjections
{
    public static readonly Expression<Func<Candidacy, CandidacyDto>> ToDto = c => new CandidacyDto(
        c.Id, c.AgencyId, c.ProvinceCode, c.CohortYear, c.State, c.Notes, c.TrackRecord, c.Invitation, c.Willingness, c.Commitment,
        c.Readiness, c.Assessment, c.Designation, c.Rejection, c.Withdrawal, c.HubId, c.CreatedAt, c.UpdatedAt, c.Version);

    private static readonly Func<Candidacy, CandidacyDto> Compiled = ToDto.Compile();

    public static CandidacyDto ToResponse(this Candidacy candidacy) => Compiled(candidacy);
}
