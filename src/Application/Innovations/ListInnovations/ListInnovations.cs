using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Paging;
using Jipp.Domain.Innovations;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

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

/// <summary>Position after the last item of a page of a list (<see cref="Rank"/> is always null: a search has its own cursor).</summary>
public sealed record InnovationCursor(Guid Id, float? Rank);

/// <summary>
/// Position after the last item of a page of a search: within the ranking window, whether the title matched and
/// the cover-density rank; after the window (<see cref="InTitle"/> and <see cref="Rank"/> null), only the id.
/// </summary>
public sealed record SearchCursor(Guid Id, bool? InTitle, float? Rank)
{
    /// <summary>The order of the ranking window: title matches first, then the closer matches, then the newer.</summary>
    public static readonly IComparer<SearchCursor> Relevance = Comparer<SearchCursor>.Create((a, b) =>
    {
        var byTitle = (b.InTitle ?? false).CompareTo(a.InTitle ?? false);
        if (byTitle != 0)
        {
            return byTitle;
        }

        var byRank = (b.Rank ?? 0).CompareTo(a.Rank ?? 0);
        return byRank != 0 ? byRank : b.Id.CompareTo(a.Id);
    });
}

public sealed class ListInnovationsHandler(IJippDbContext db, ICurrentClient client, IOptions<SearchOptions> options, SearchWindows windows, IReadRouting routing) : IQueryHandler<ListInnovations, Page<InnovationListItemDto>>
{
    public const string SearchVector = "SearchVector";
    public const string TextSearchConfiguration = "indonesian";

    public async ValueTask<Page<InnovationListItemDto>> Handle(ListInnovations query, CancellationToken cancellationToken)
    {
        var search = !string.IsNullOrWhiteSpace(query.Q);
        if (search)
        {
            return await SearchAsync(query, Common.Paging.Cursor.DecodeOrDefault<SearchCursor>(query.Cursor), cancellationToken);
        }

        var after = Common.Paging.Cursor.DecodeOrDefault<InnovationCursor>(query.Cursor);
        if (InnovationAccess.PartsOf(client) is (true, null))
        {
            // The published innovations only (anonymous callers and readers: the bulk of the traffic), by one compiled query.
            var page = new List<InnovationListItemDto>(query.PageSize + 1);
            await foreach (var item in PublishedPage(
                (DbContext)db, query.ProvinceCode, query.RegencyCode, query.AgencyId, query.HubId, query.Sector, query.MaturityStage, query.State,
                query.Replicable, query.StartedFrom, query.StartedTo, after?.Id, query.PageSize + 1).WithCancellation(cancellationToken))
            {
                page.Add(item);
            }

            return Common.Paging.Cursor.ToPage(page, query.PageSize, last => Common.Paging.Cursor.Encode(new InnovationCursor(last.Id, null)));
        }

        IQueryable<Innovation> Refine(IQueryable<Innovation> part)
        {
            part = Filter(part, query);
            if (after is not null)
            {
                part = part.Where(i => i.Id.CompareTo(after.Id) < 0);
            }

            // Each part ordered and cut to one page on its own: PostgreSQL walks an index of each part
            // in id order and stops after a page, instead of reading and sorting every match of the
            // union (at a million innovations, the difference between milliseconds and a second).
            return part.OrderByDescending(i => i.Id).Take(query.PageSize + 1);
        }

        var rows = await db.Innovations.AsNoTracking().VisibleInParts(client, Refine).OrderByDescending(i => i.Id).Take(query.PageSize + 1)
            .Select(InnovationProjections.ToListItem).ToListAsync(cancellationToken);
        return Common.Paging.Cursor.ToPage(rows, query.PageSize, last => Common.Paging.Cursor.Encode(new InnovationCursor(last.Id, null)));
    }

    /// <summary>
    /// The ranking window: the <see cref="SearchOptions.RankingWindow"/> newest visible matches, ranked by title match, then
    /// cover density (closer matches first), then newest; after it, the remaining matches newest first.
    /// Ranking a bounded window keeps a search's cost bounded whatever a word's frequency (ADR 17).
    /// </summary>
    private async Task<Page<InnovationListItemDto>> SearchAsync(ListInnovations query, SearchCursor? after, CancellationToken cancellationToken)
    {
        var windowSize = options.Value.RankingWindow;
        var wanted = query.PageSize + 1;
        var positions = new List<SearchCursor>(wanted);
        Guid? olderThan = after is { Rank: null } ? after.Id : null;
        if (olderThan is null)
        {
            // The window of the published innovations is the same for every caller who sees them (and may come from
            // the cache); what a caller sees besides them is searched for it alone. The window is the newest of both.
            var (published, own) = InnovationAccess.PartsOf(client);
            var candidates = new List<SearchCursor>(windowSize * 2);
            IReadOnlyList<SearchCursor> publishedWindow = published ? await windows.PublishedAsync(query, routing.FromStandby, cancellationToken) : [];
            candidates.AddRange(publishedWindow);

            if (own is not null)
            {
                var ministry = client.Role == Domain.ApiClients.ApiClientRole.Ministry;
                var besides = ministry ? db.Innovations : db.Innovations.Where(own);
                if (publishedWindow.Count == windowSize)
                {
                    // A whole window of published matches: only what the caller sees besides them that is newer than its
                    // oldest can be among the newest of both, so only that is searched (for a common word, the few
                    // innovations of the last hours instead of all of an agency's unpublished matches).
                    var oldestPublished = publishedWindow.Min(p => p.Id);
                    besides = besides.Where(i => i.Id.CompareTo(oldestPublished) > 0);
                }

                candidates.AddRange(await windows.ComputeAsync(db, besides, query, useRanges: ministry, cancellationToken));
            }

            var window = candidates.OrderByDescending(p => p.Id).Take(windowSize).ToList();
            positions.AddRange(window.Order(SearchCursor.Relevance).Where(p => after is null || SearchCursor.Relevance.Compare(p, after) > 0).Take(wanted));
            if (window.Count == windowSize)
            {
                olderThan = window.Min(p => p.Id);
            }
        }

        if (positions.Count < wanted && olderThan is { } boundary)
        {
            var older = await db.Innovations.AsNoTracking()
                .VisibleInParts(client, part => SearchWindows.Matching(part, query).Where(i => i.Id.CompareTo(boundary) < 0).OrderByDescending(i => i.Id).Take(wanted))
                .OrderByDescending(i => i.Id)
                .Take(wanted - positions.Count)
                .Select(i => i.Id)
                .ToListAsync(cancellationToken);
            positions.AddRange(older.Select(id => new SearchCursor(id, null, null)));
        }

        var ids = positions.Select(p => p.Id).ToList();
        var items = await db.Innovations.AsNoTracking().Where(i => ids.Contains(i.Id)).Select(InnovationProjections.ToListItem).ToDictionaryAsync(i => i.Id, cancellationToken);
        var byId = positions.ToDictionary(p => p.Id);

        // An innovation archived between the two reads is left out rather than shown stale.
        var ordered = positions.Where(p => items.ContainsKey(p.Id)).Select(p => items[p.Id]).ToList();
        return Common.Paging.Cursor.ToPage(ordered, query.PageSize, last => Common.Paging.Cursor.Encode(byId[last.Id]));
    }

    /// <summary>
    /// A page of the published innovations with <see cref="Filter"/>'s filters (keep the two in step), compiled once: a list built from LINQ
    /// each time went through EF Core's query cache (walking and hashing the expression tree) on every request, about a
    /// fifth of a list's CPU. An absent filter is a null parameter, and EF Core writes the SQL of the filters that are
    /// present (one SQL text per pattern of null parameters), so PostgreSQL gets the same statements as before (ADR 30).
    /// </summary>
    private static readonly Func<DbContext, string?, string?, Guid?, Guid?, string?, MaturityStage?, InnovationState?, bool?, DateOnly?, DateOnly?, Guid?, int, IAsyncEnumerable<InnovationListItemDto>> PublishedPage =
        EF.CompileAsyncQuery((DbContext db, string? province, string? regency, Guid? agency, Guid? hub, string? sector, MaturityStage? stage, InnovationState? state, bool? replicable, DateOnly? from, DateOnly? to, Guid? after, int take) =>
            db.Set<Innovation>().AsNoTracking()
                .Where(i => i.State == InnovationState.Published)
                .Where(i => province == null || i.ProvinceCode == province)
                .Where(i => regency == null || i.RegencyCode == regency)
                .Where(i => agency == null || i.AgencyId == agency)
                .Where(i => hub == null || i.HubId == hub)
                .Where(i => sector == null || i.Sector == sector)
                .Where(i => stage == null || i.MaturityStage == stage)
                .Where(i => state == null || i.State == state)
                .Where(i => replicable == null || i.Replicable == replicable)
                .Where(i => from == null || i.StartedOn >= from)
                .Where(i => to == null || i.StartedOn <= to)
                .Where(i => after == null || i.Id.CompareTo(after.Value) < 0)
                .OrderByDescending(i => i.Id)
                .Take(take)
                .Select(InnovationProjections.ToListItem));

    internal static IQueryable<Innovation> Filter(IQueryable<Innovation> innovations, ListInnovations query)
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
