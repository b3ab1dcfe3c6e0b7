using Jipp.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jipp.Application.Innovations.ListInnovations;

/// <summary>
/// Where a search first looks for its ranking window: the ids at which the newest 16,000, 32,000, 64,000, 128,000 and
/// 256,000 innovations begin (<see cref="SearchOptions.RangeDepths"/>). A search asks for its window among the innovations
/// newer than the first bound, then a deeper one as far as the first attempt's density says it must look, then all,
/// and stops as soon as a part holds a whole window; PostgreSQL then intersects the word's GIN entries with the id
/// range and reads only the matches in that range, instead of every match of a word of middling frequency (ADR 17).
/// </summary>
/// <remarks>
/// The bounds are read again at most once a minute; a stale bound only changes how far the first attempt looks,
/// never the answer, because an attempt that finds fewer matches than a window is followed by a wider one.
/// </remarks>
public sealed class SearchRanges(TimeProvider clock, IOptions<SearchOptions> options)
{
    private static readonly TimeSpan ReadEvery = TimeSpan.FromMinutes(1);

    private (IReadOnlyList<Guid> Bounds, DateTimeOffset ReadAt)? _current;
    private int _reading;

    /// <summary>The bounds, newest first; empty until the registry is larger than the first depth.</summary>
    public async ValueTask<IReadOnlyList<Guid>> GetAsync(IJippDbContext db, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_current is { } known && now - known.ReadAt < ReadEvery)
        {
            return known.Bounds;
        }

        if (Interlocked.CompareExchange(ref _reading, 1, 0) != 0)
        {
            // Another request is reading them: this one uses what was known, or searches without a bound.
            return _current?.Bounds ?? [];
        }

        try
        {
            var bounds = new List<Guid>(options.Value.EffectiveRangeDepths.Count);
            foreach (var depth in options.Value.EffectiveRangeDepths)
            {
                var bound = await db.Innovations.AsNoTracking().OrderByDescending(i => i.Id).Skip(depth - 1).Select(i => (Guid?)i.Id).FirstOrDefaultAsync(cancellationToken);
                if (bound is null)
                {
                    break;
                }

                bounds.Add(bound.Value);
            }

            _current = (bounds, now);
            return bounds;
        }
        finally
        {
            _ = Interlocked.Exchange(ref _reading, 0);
        }
    }
}
