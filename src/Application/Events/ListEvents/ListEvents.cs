using System.Text.Json;
using Jipp.Application.Common.Interfaces;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Application.Events.ListEvents;

/// <param name="Type">What kind of resource the event is about.</param>
/// <param name="Id">Its id.</param>
public sealed record EventSubjectDto(string Type, string Id);

/// <param name="Sequence">The event's position in the feed, given after the event committed: strictly increasing; poll with after set to the last one you processed.</param>
/// <param name="Id">UUID of the event, for deduplication.</param>
/// <param name="Type">The event type, such as innovation.published: one of the event catalogue (the types of this document's oneOf, and docs/asyncapi.yaml); skip a type you do not know.</param>
/// <param name="Version">The version of the type's payload schema (data), from 1; a change that removes or alters a field of data is a new version.</param>
/// <param name="OccurredAt">When the change was made.</param>
/// <param name="Subject">The resource it is about.</param>
/// <param name="Data">The facts of the event: ids, codes and states, never personal data.</param>
public sealed record EventDto(long Sequence, Guid Id, string Type, int Version, DateTimeOffset OccurredAt, EventSubjectDto Subject, JsonElement Data);

/// <param name="Items">Events after the given sequence, in sequence order.</param>
/// <param name="NextAfter">The value of after for the next poll: the last sequence returned, or the given after when none.</param>
public sealed record EventPage(IReadOnlyList<EventDto> Items, long NextAfter);

/// <summary>The event feed: events after a sequence, in order.</summary>
public sealed record ListEvents(long After, int Limit) : IQuery<EventPage>;

/// <summary>
/// Stamps first, so that the page holds every event committed before the request (that is after
/// <see cref="ListEvents.After"/> and within the limit); then reads positioned events only. Positions are
/// given after commit, one stamper at a time, at the end of the feed: an event never appears later at or
/// below a position a reader has passed (docs/adr/0018-event-feed-without-a-global-lock.md).
/// </summary>
public sealed class ListEventsHandler(IJippDbContext db, IEventFeed feed) : IQueryHandler<ListEvents, EventPage>
{
    public async ValueTask<EventPage> Handle(ListEvents query, CancellationToken cancellationToken)
    {
        await feed.StampAsync(cancellationToken);
        var rows = await db.Events.AsNoTracking()
            .Where(e => e.Sequence > query.After)
            .OrderBy(e => e.Sequence)
            .Take(query.Limit)
            .ToListAsync(cancellationToken);
        var items = rows
            .Select(e => new EventDto(e.Sequence!.Value, e.Id, e.Type, e.Version, e.OccurredAt, new EventSubjectDto(e.SubjectType, e.SubjectId), JsonDocument.Parse(e.Data).RootElement.Clone()))
            .ToList();
        return new EventPage(items, items.Count == 0 ? query.After : items[^1].Sequence);
    }
}
