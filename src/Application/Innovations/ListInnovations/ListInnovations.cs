using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Paging;
using Jipp.Domain.Innovations;
using Mediator;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace Jipp.Application.Innovations.ListInnovations;

/// <summary>
/// Innovations the caller may see, newest first; with <see cref="Q"/>, the full-text matches in
/// order of relevance. Keyset paged either way, so a deep page costs what the first does.
/// </summary>
public sealed record ListInnovations(
    string? Q,
    string? ProvinceCode,
    string? RegencyCode,
    Guid? AgencyId,
    Guid? HubId,
    string? Sector,
    MaturityStage? MaturityStage,
    InnovationState? State,
    bool? Replicable,
    DateOnly? StartedFrom,
    DateOnly? StartedTo,
    int PageSize,
    string? Cursor) : IQuery<Page<InnovationListItemDto>>;

/// <summary>Position after the last item of a page; <see cref="Rank"/> only in a search.</summary>
public sealed record InnovationCursor(Guid Id, float? Rank);

public sealed class ListInnovationsHandler(IJippDbContext db, ICurrentClient client) : IQueryHandler<ListInnovations, Page<InnovationListItemDto>>
{
    public const string SearchVector = "SearchVector";
    public const string TextSearchConfiguration = "indonesian";

    public async ValueTask<Page<InnovationListItemDto>> Handle(ListInnovations query, CancellationToken cancellationToken)
    {
        var after = Common.Paging.Cursor.DecodeOrDefault<InnovationCursor>(query.Cursor);
        var search = !string.IsNullOrWhiteSpace(query.Q);
        IQueryable<Innovation> Refine(IQueryable<Innovation> part)
        {
            part = Filter(part, query);
            if (search)
            {
                return part;
            }

            if (after is not null)
            {
                part = part.Where(i => i.Id.CompareTo(after.Id) < 0);
            }

            // Each part ordered and cut to one page on its own: PostgreSQL walks an index of each part
            // in id order and stops after a page, instead of reading and sorting every match of the
            // union (at a million innovations, the difference between milliseconds and a second).
            return part.OrderByDescending(i => i.Id).Take(query.PageSize + 1);
        }

        var innovations = db.Innovations.AsNoTracking().VisibleInParts(client, Refine);
        if (!search)
        {
            var rows = await innovations.OrderByDescending(i => i.Id).Take(query.PageSize + 1)
                .Select(InnovationProjections.ToListItem).ToListAsync(cancellationToken);
            return Common.Paging.Cursor.ToPage(rows, query.PageSize, last => Common.Paging.Cursor.Encode(new InnovationCursor(last.Id, null)));
        }

        return await SearchAsync(innovations, query, after, cancellationToken);
    }

    /// <summary>Ranks the matches first (ids and ranks only), then loads the page's items.</summary>
    private async Task<Page<InnovationListItemDto>> SearchAsync(IQueryable<Innovation> innovations, ListInnovations query, InnovationCursor? after, CancellationToken cancellationToken)
    {
        var text = query.Q!.Trim();
        var ranked = innovations
            .Select(i => new
            {
                i.Id,
                Vector = EF.Property<NpgsqlTsVector>(i, SearchVector),
            })
            .Where(x => x.Vector.Matches(EF.Functions.WebSearchToTsQuery(TextSearchConfiguration, text)))
            .Select(x => new { x.Id, Rank = x.Vector.Rank(EF.Functions.WebSearchToTsQuery(TextSearchConfiguration, text)) });
        if (after is { Rank: { } rank })
        {
            ranked = ranked.Where(x => x.Rank < rank || (x.Rank == rank && x.Id.CompareTo(after.Id) < 0));
        }

        var hits = await ranked.OrderByDescending(x => x.Rank).ThenByDescending(x => x.Id).Take(query.PageSize + 1).ToListAsync(cancellationToken);
        var ids = hits.Select(h => h.Id).ToList();
        var items = await db.Innovations.AsNoTracking().Where(i => ids.Contains(i.Id)).Select(InnovationProjections.ToListItem).ToDictionaryAsync(i => i.Id, cancellationToken);
        var ordered = hits.Select(h => items[h.Id]).ToList();
        var ranks = hits.ToDictionary(h => h.Id, h => h.Rank);
        return Common.Paging.Cursor.ToPage(ordered, query.PageSize, last => Common.Paging.Cursor.Encode(new InnovationCursor(last.Id, ranks[last.Id])));
    }

    private static IQueryable<Innovation> Filter(IQueryable<Innovation> innovations, ListInnovations query)
    {
        if (query.ProvinceCode is { } province)
        {
            innovations = innovations.Where(i => i.ProvinceCode == province);
        }

        if (query.RegencyCode is { } regency)
        {
            innovations = innovations.Where(i => i.RegencyCode == regency);
        }

        if (query.AgencyId is { } agency)
        {
            innovations = innovations.Where(i => i.AgencyId == agency);
        }

        if (query.HubId is { } hub)
        {
            innovations = innovations.Where(i => i.HubId == hub);
        }

        if (query.Sector is { } sector)
        {
            innovations = innovations.Where(i => i.Sector == sector);
        }

        if (query.MaturityStage is { } stage)
        {
            innovations = innovations.Where(i => i.MaturityStage == stage);
        }

        if (query.State is { } state)
        {
            innovations = innovations.Where(i => i.State == state);
        }

        if (query.Replicable is { } replicable)
        {
            innovations = innovations.Where(i => i.Replicable == replicable);
        }

        if (query.StartedFrom is { } from)
        {
            innovations = innovations.Where(i => i.StartedOn >= from);
        }

        if (query.StartedTo is { } to)
        {
            innovations = innovations.Where(i => i.StartedOn <= to);
        }

        return innovations;
    }
}
