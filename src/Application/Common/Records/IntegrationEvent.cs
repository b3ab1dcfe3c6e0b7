namespace Jipp.Application.Common.Records;

/// <summary>
/// An event for other government systems (transactional outbox), written in the same transaction as
/// its change. Writers set what the event says; its position in the feed is given after it commits
/// (docs/adr/0018-event-feed-without-a-global-lock.md).
/// </summary>
public sealed class IntegrationEvent
{
    /// <summary>The payload version of an event type that does not name one.</summary>
    public const short FirstVersion = 1;

    public Guid Id { get; init; }

    /// <summary>
    /// The position in the feed: null from the insert until the stamper (<c>stamp_events()</c>) gives the
    /// committed event the next position; then strictly increasing and without gaps. Never written by EF Core.
    /// </summary>
    public long? Sequence { get; init; }

    /// <summary>
    /// The order in which writers inserted events (a database sequence, drawn at insert, never waited for);
    /// the stamper positions committed events in this order. Never written by EF Core and never in the feed.
    /// </summary>
    public long WriteOrder { get; init; }

    /// <summary>Such as <c>innovation.published</c>.</summary>
    public required string Type { get; init; }

    /// <summary>
    /// The version of the type's payload schema. Left at <see cref="FirstVersion"/> it is not sent, and the
    /// column's default (1) applies; a writer sets it when a type's payload changes incompatibly.
    /// </summary>
    public short Version { get; init; } = FirstVersion;

    public DateTimeOffset OccurredAt { get; init; }

    public required string SubjectType { get; init; }

    public required string SubjectId { get; init; }

    /// <summary>The facts of the event as JSON: ids, codes and states, never personal data.</summary>
    public required string Data { get; init; }
}
