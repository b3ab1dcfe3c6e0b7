using Jipp.Application.Common.Interfaces;
using Jipp.Application.Innovations;
using Jipp.Domain.Hubs;
using Jipp.Domain.Innovations;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Application.Matchmaking.FindReplicationMatches;

/// <summary>
/// The published, replicable innovations that best answer an agency's problem, best first (ADR 26). It reads only
/// published data and changes nothing.
/// </summary>
/// <param name="Problem">The problem, in the agency's own words (Indonesian).</param>
/// <param name="Sector">The sector of the problem, if known: innovations of that sector rank higher (others are not left out).</param>
/// <param name="ProvinceCode">The asker's province: its hub mentors where the owner's province has none.</param>
/// <param name="Digital">Only digital (true) or non-digital (false) innovations; omitted: both.</param>
/// <param name="Limit">How many, 1–20 (default 10).</param>
public sealed record FindReplicationMatches(string Problem, string? Sector = null, string? ProvinceCode = null, bool? Digital = null, int? Limit = null) : IQuery<ReplicationMatchListDto>;

public sealed class FindReplicationMatchesHandler(IJippDbContext db, IInnovationMatcher matcher, TimeProvider clock) : IQueryHandler<FindReplicationMatches, ReplicationMatchListDto>
{
    public async ValueTask<ReplicationMatchListDto> Handle(FindReplicationMatches query, CancellationToken cancellationToken)
    {
        var terms = MatchRanking.KeyTerms(await matcher.TermFrequenciesAsync(query.Problem, cancellationToken));
        if (terms.Count == 0)
        {
            return new ReplicationMatchListDto([]);
        }

        var candidates = await matcher.CandidatesAsync(
            new CandidateQuery(terms, ReplicableOnly: true, query.Digital, Excluding: null, ExcludingOriginal: null, MatchmakingLimits.CandidatesPerTerm),
            cancellationToken);
        var ranked = MatchRanking.Rank(terms, candidates, query.Sector, clock.GetUtcNow()).Take(query.Limit ?? MatchmakingLimits.DefaultLimit).ToList();
        var items = await MatchedInnovations.ReadAsync(db, ranked.Select(m => m.Candidate.Id).ToList(), cancellationToken);

        var provinces = items.Values.Select(i => i.ProvinceCode).Append(query.ProvinceCode).OfType<string>().Distinct().ToList();
        var hubs = await db.Hubs.AsNoTracking()
            .Where(h => h.Status == HubStatus.Active && h.ProvinceCode != null && provinces.Contains(h.ProvinceCode))
            .Select(h => new { h.Id, ProvinceCode = h.ProvinceCode! })
            .ToListAsync(cancellationToken);
        var hubOf = hubs.GroupBy(h => h.ProvinceCode).ToDictionary(g => g.Key, g => g.Min(h => h.Id));

        return new ReplicationMatchListDto(ranked
            .Where(m => items.ContainsKey(m.Candidate.Id))
            .Select(m =>
            {
                var innovation = items[m.Candidate.Id];
                var mentoring = MentoringHub(innovation.ProvinceCode, query.ProvinceCode, hubOf);
                return new ReplicationMatchDto(innovation, m.Score, new MatchReasonsDto(m.SharedTerms, m.SameSector, innovation.ReplicationCount, mentoring), mentoring?.HubId);
            })
            .ToList());
    }

    /// <summary>The active hub of the owner's province, else that of the asker's province, else none.</summary>
    private static MentoringHubDto? MentoringHub(string? ownerProvince, string? askerProvince, Dictionary<string, Guid> hubOf) =>
        ownerProvince is not null && hubOf.TryGetValue(ownerProvince, out var owners) ? new MentoringHubDto(owners, MentoringHubReason.OwnerProvinceHub)
        : askerProvince is not null && hubOf.TryGetValue(askerProvince, out var askers) ? new MentoringHubDto(askers, MentoringHubReason.AskerProvinceHub)
        : null;
}

/// <summary>The list items of matched innovations, read by id; one archived since it was matched is left out.</summary>
internal static class MatchedInnovations
{
    public static async Task<Dictionary<Guid, InnovationListItemDto>> ReadAsync(IJippDbContext db, List<Guid> ids, CancellationToken cancellationToken) =>
        ids.Count == 0
            ? []
            : await db.Innovations.AsNoTracking()
                .Where(i => ids.Contains(i.Id) && i.State == InnovationState.Published)
                .Select(InnovationProjections.ToListItem)
                .ToDictionaryAsync(i => i.Id, cancellationToken);
}
