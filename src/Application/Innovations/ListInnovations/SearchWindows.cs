using System.ComponentModel;
using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Querying;
using Jipp.Domain.Innovations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NpgsqlTypes;

namespace Jipp.Application.Innovations.ListInnovations;

/// <summary>
/// The ranking windows of searches (ADR 17): the newest matches of a search with their title match and rank. The
/// window of the published innovations, which every caller who sees them shares, is kept for
/// <see cref="SearchOptions.CacheSeconds"/>, so that the searches a portal's visitors repeat cost a lookup.
/// </summary>
public sealed class SearchWindows(HybridCache cache, IServiceScopeFactory scopes, SearchRanges ranges, IOptions<SearchOptions> options, TimeProvider clock)
{
    private readonly HybridCacheEntryOptions _entry = Entry(options.Value.CacheSeconds, HybridCacheEntryFlags.None);

    // Once a cache time's allowance of new windows is spent, further ones are computed and handed out without being kept.
    private readonly HybridCacheEntryOptions _notKept = Entry(options.Value.CacheSeconds, HybridCacheEntryFlags.DisableLocalCacheWrite | HybridCacheEntryFlags.DisableDistributedCacheWrite);

    private static HybridCacheEntryOptions Entry(int cacheSeconds, HybridCacheEntryFlags flags) => new()
    {
        Expiration = TimeSpan.FromSeconds(Math.Max(1, cacheSeconds)),
        LocalCacheExpiration = TimeSpan.FromSeconds(Math.Max(1, cacheSeconds)),
        Flags = flags,
    };

    // The cache time's period (its start in whole cache times) and the windows made in it.
    private long _period;
    private int _made;

    /// <summary>The window among the published innovations, from the cache while it is younger than the cache time.</summary>
    /// <param name="query">The search.</param>
    /// <param name="fromStandby">Whether the caller's reads may come from a standby (<see cref="IReadRouting"/>); a computation follows the caller.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public async ValueTask<IReadOnlyList<SearchCursor>> PublishedAsync(ListInnovations query, bool fromStandby, CancellationToken cancellationToken)
    {
        if (options.Value.CacheSeconds <= 0)
        {
            return await ComputePublishedAsync((query, fromStandby), cancellationToken);
        }

        // The key is the search and its filters: page size and cursor do not change the window.
        var key = "jipp:search:" + options.Value.RankingWindow + ":" + (query with { PageSize = 0, Cursor = null });
        var window = await cache.GetOrCreateAsync(
            key,
            (Search: (query, fromStandby), Windows: this),
            static async (state, ct) =>
            {
                state.Windows.Made();
                return PublishedWindow.Of(await state.Windows.ComputePublishedAsync(state.Search, ct));
            },
            Admitting() ? _entry : _notKept,
            cancellationToken: cancellationToken);
        return window.ToPositions();
    }

    /// <summary>
    /// Whether a window made now may be kept: at most <see cref="SearchOptions.MaxCachedWindows"/> new ones per cache
    /// time, so that a flood of searches never seen before (each a window of up to 100 positions kept for the cache
    /// time) cannot fill the memory. The searches already kept are still served from the cache.
    /// </summary>
    private bool Admitting()
    {
        var period = clock.GetUtcNow().ToUnixTimeSeconds() / Math.Max(1, options.Value.CacheSeconds);
        if (Interlocked.Read(ref _period) != period)
        {
            Interlocked.Exchange(ref _period, period);
            Interlocked.Exchange(ref _made, 0);
        }

        return Volatile.Read(ref _made) < options.Value.MaxCachedWindows;
    }

    private void Made() => Interlocked.Increment(ref _made);

    /// <summary>
    /// A cached window, kept compact: its positions' ids, ranks and title matches in three arrays (21 bytes a position)
    /// rather than a record each (48 bytes and a reference), because up to <see cref="SearchOptions.MaxCachedWindows"/>
    /// windows of up to 100 positions are kept per cache time: a flood of new searches filled the heap with them (the
    /// service's peak RSS rose 20–25 MB with 10,000 windows against 5,000). A hit makes the window's positions again.
    /// Never changed once made, so the cache's memory level hands out the same instance on every hit instead of
    /// deserialising a copy of it; the second level (Redis) stores it as JSON through these properties.
    /// </summary>
    [ImmutableObject(true)]
    public sealed class PublishedWindow(Guid[] ids, float[] ranks, byte[] marks)
    {
        private const byte HasTitle = 1;
        private const byte TitleMatched = 2;
        private const byte HasRank = 4;

        /// <summary>The positions' ids, in the window's order.</summary>
        public Guid[] Ids { get; } = ids;

        /// <summary>Their cover-density ranks (0 where a position has none).</summary>
        public float[] Ranks { get; } = ranks;

        /// <summary>Per position: bit 0 whether it has a title match value, bit 1 the value, bit 2 whether it has a rank.</summary>
        public byte[] Marks { get; } = marks;

        public static PublishedWindow Of(IReadOnlyList<SearchCursor> positions)
        {
            var ids = new Guid[positions.Count];
            var ranks = new float[positions.Count];
            var marks = new byte[positions.Count];
            for (var n = 0; n < positions.Count; n++)
            {
                var position = positions[n];
                ids[n] = position.Id;
                ranks[n] = position.Rank ?? 0;
                marks[n] = (byte)((position.InTitle is null ? 0 : HasTitle) | (position.InTitle == true ? TitleMatched : 0) | (position.Rank is null ? 0 : HasRank));
            }

            return new PublishedWindow(ids, ranks, marks);
        }

        public SearchCursor[] ToPositions()
        {
            var positions = new SearchCursor[Ids.Length];
            for (var n = 0; n < positions.Length; n++)
            {
                var mark = Marks[n];
                positions[n] = new SearchCursor(
                    Ids[n],
                    (mark & HasTitle) == 0 ? null : (mark & TitleMatched) != 0,
                    (mark & HasRank) == 0 ? null : Ranks[n]);
            }

            return positions;
        }
    }

    /// <summary>
    /// The window among <paramref name="source"/>: its newest matches, with <paramref name="useRanges"/> looked for
    /// among the newest innovations first (<see cref="SearchRanges"/>), wider only when that part holds less than a
    /// window; the last attempt has no bound.
    /// </summary>
    /// <remarks>
    /// An attempt that finds some matches but not a window tells how densely the search matches among the newest
    /// innovations: the next attempt goes straight to the first range deep enough to hold a window at that density
    /// (with a margin), instead of one range further, so that a word of middling frequency costs two attempts of
    /// about the right size. An attempt that finds nothing goes to the unbounded one: such a search is rare, and a
    /// rare word's few matches are cheap to read wherever they are.
    /// </remarks>
    public async Task<SearchCursor[]> ComputeAsync(IJippDbContext db, IQueryable<Innovation> source, ListInnovations query, bool useRanges, CancellationToken cancellationToken)
    {
        var text = query.Q!.Trim();
        var windowSize = options.Value.RankingWindow;
        var depths = options.Value.EffectiveRangeDepths;
        var matching = Matching(source.AsNoTracking(), query);
        IReadOnlyList<Guid> bounds = useRanges ? await ranges.GetAsync(db, cancellationToken) : [];
        var attempt = 0;
        while (true)
        {
            Guid? newerThan = attempt < bounds.Count ? bounds[attempt] : null;
            var part = newerThan is { } bound ? matching.Where(i => i.Id.CompareTo(bound) >= 0) : matching;
            // The window's rows are cut first and ranked after (the ordering after the cut makes it a subquery): in one
            // SELECT PostgreSQL computes the title match and the rank of every match of the range before it sorts and
            // cuts, which for a rare word's 749 matches was nearly half of the query (5.1 → 2.9 ms at a million).
            var window = await part.OrderByDescending(i => i.Id)
                .Take(windowSize)
                .Select(i => new { i.Id, Vector = EF.Property<NpgsqlTsVector>(i, ListInnovationsHandler.SearchVector) })
                .OrderByDescending(w => w.Id)
                .Select(w => new SearchCursor(
                    w.Id,
                    TextSearch.TitleOnly(w.Vector).Matches(EF.Functions.WebSearchToTsQuery(ListInnovationsHandler.TextSearchConfiguration, text)),
                    w.Vector.RankCoverDensity(EF.Functions.WebSearchToTsQuery(ListInnovationsHandler.TextSearchConfiguration, text))))
                .ToArrayAsync(cancellationToken);
            if (window.Length == windowSize || newerThan is null)
            {
                return window;
            }

            attempt = NextAttempt(depths, bounds.Count, attempt, window.Length, windowSize);
        }
    }

    /// <summary>The range of the next attempt after <paramref name="attempt"/> found <paramref name="found"/> matches; <paramref name="bounded"/> or more is the unbounded one.</summary>
    public static int NextAttempt(IReadOnlyList<int> depths, int bounded, int attempt, int found, int windowSize)
    {
        if (found == 0)
        {
            return bounded;
        }

        var needed = depths[attempt] * (double)windowSize / found * DensityMargin;
        var next = attempt + 1;
        while (next < bounded && depths[next] < needed)
        {
            next++;
        }

        return next;
    }

    /// <summary>How much deeper than the density of the last attempt promises the next one looks: matches are not spread evenly.</summary>
    private const double DensityMargin = 1.25;

    /// <summary>The innovations of <paramref name="source"/> that pass the search's filters and match its text.</summary>
    internal static IQueryable<Innovation> Matching(IQueryable<Innovation> source, ListInnovations query) =>
        ListInnovationsHandler.Filter(source, query)
            .Where(i => EF.Property<NpgsqlTsVector>(i, ListInnovationsHandler.SearchVector).Matches(EF.Functions.WebSearchToTsQuery(ListInnovationsHandler.TextSearchConfiguration, query.Q!.Trim())));

    // In a scope of its own: the cache may go on computing for the callers that wait after the first one has left.
    // On a standby where the caller's reads go there (ADR 24).
    private async ValueTask<SearchCursor[]> ComputePublishedAsync((ListInnovations Query, bool FromStandby) search, CancellationToken cancellationToken)
    {
        var query = search.Query;
        await using var scope = scopes.CreateAsyncScope();
        if (search.FromStandby)
        {
            scope.ServiceProvider.GetRequiredService<IReadRouting>().PreferStandby();
        }

        var db = scope.ServiceProvider.GetRequiredService<IJippDbContext>();
        return await ComputeAsync(db, db.Innovations.Where(i => i.State == InnovationState.Published), query, useRanges: true, cancellationToken);
    }
}
