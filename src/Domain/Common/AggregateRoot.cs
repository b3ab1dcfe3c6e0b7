namespace Jipp.Domain.Common;

/// <summary>
/// Something that happened to an aggregate, in the past tense, raised by the aggregate itself when its
/// state changes. Domain events carry ids, codes and states that other systems need, never personal data;
/// the unit of work turns them into the outbox's integration events in the same transaction as the change.
/// </summary>
public interface IDomainEvent
{
    DateTimeOffset OccurredAt { get; }
}

/// <summary>An aggregate: the unit that changes, is saved and raises its events as one.</summary>
public abstract class AggregateRoot
{
    /// <summary>Gives events raised by different aggregates of one unit of work their order.</summary>
    private static long _raised;

    private readonly List<(long Order, IDomainEvent Event)> _events = [];

    /// <summary>The events raised since the aggregate was loaded or last saved, with their order of raising.</summary>
    public IReadOnlyList<(long Order, IDomainEvent Event)> DomainEvents => _events;

    /// <summary>Forgets the raised events, once the unit of work has written them.</summary>
    public void ClearDomainEvents() => _events.Clear();

    protected virtual void Raise(IDomainEvent domainEvent) => _events.Add((Interlocked.Increment(ref _raised), domainEvent));
}

/// <summary>
/// An aggregate that callers change with optimistic concurrency: <see cref="Version"/> grows with every
/// change (the aggregate raises an event with each, and each event counts), is the API's strong ETag and
/// the concurrency token of its row, so the ETag of a change is known before it is saved.
/// </summary>
public abstract class VersionedAggregateRoot : AggregateRoot
{
    public int Version { get; private set; }

    protected override void Raise(IDomainEvent domainEvent)
    {
        base.Raise(domainEvent);
        Version++;
    }
}
