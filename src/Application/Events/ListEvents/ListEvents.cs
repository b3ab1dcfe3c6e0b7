using System.Text.Json;
using Jipp.Application.Common.Interfaces;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Application.Events.ListEvents;

/// <param name="Type">What kind of resource the event is about.</param>
/// <param name="Id">Its id.</param>
public sealed record EventSubjectDto(string Type, string Id);

/// <param name="Sequence">Strictly increasing in commit order; poll with after set to the last one you processed.</param>
/// <param name="Id">UUID of the event, for deduplication.</param>
/// <param name="Type">innovation.published, innovation.stateChanged, candidacy.stateChanged, hub.designated or replication.stateChanged.</param>
/// <param name="OccurredAt">When the change was made.</param>
/// <param name="Subject">The resource it is about.</param>
/// <param name="Data">The facts of the event: ids, codes and states, never personal data.</param>
public sealed record EventDto(long Sequence, Guid Id, string Type, DateTimeOffset OccurredAt, EventSubjectDto Subject, JsonElement Data);

/// <param name="Items">Events after the given sequence, in sequence order.</param>
/// <param name="NextAfter">The value of after for the next poll: the last sequence returned, or the given after when none.</param>
public sealed record EventPage(IReadOnlyList<EventDto> Items, long NextAfter);

/// <summary>The event feed: events after a sequence, in order.</summary>
public sealed record ListEvents(long After, int Limit) : IQuery<EventPage>;

public sealed class ListEventsHandler(IJippDbContext db) : IQueryHandler<ListEvents, EventPage>
{
    public async ValueTask<EventPage> Handle(ListEvents query, CancellationToken cancellationToken)
    {
        var rows = await db.Events.AsNoTracking()
            .Where(e => e.Sequence > query.After)
            .OrderBy(e => e.Sequence)
            .Take(query.Limit)
            .ToListAsync(cancellationToken);
        var items = rows
            .Select(e => new EventDto(e.Sequence, e.Id, e.Type, e.OccurredAt, new EventSubjectDto(e.SubjectType, e.SubjectId), JsonDocument.Parse(e.Data).RootElement.Clone()))
            .ToList();
        return new EventPage(items, items.Count == 0 ? query.After : items[^1].Sequence);
    }
}
