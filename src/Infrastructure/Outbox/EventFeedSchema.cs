namespace Jipp.Infrastructure.Outbox;

/// <summary>
/// The database objects of the event feed (migration EventFeedStamping; docs/adr/0018-event-feed-without-a-global-lock.md).
/// </summary>
public static class EventFeedSchema
{
    /// <summary>The sequence that orders writers' inserts (<c>events.write_order</c>); drawing from it never waits.</summary>
    public const string WriteOrderSequence = "event_write_order";

    /// <summary>
    /// <c>stamp_events(max_rows)</c>: under <see cref="StamperLock"/>, gives the next positions to at most
    /// <c>max_rows</c> committed events without one, in write order; returns how many it stamped.
    /// </summary>
    public const string StampFunction = "stamp_events";

    /// <summary>
    /// The transaction-level advisory lock that serialises stampers (in every instance of the service). Only
    /// stampers take it; writers never do. Not the key of the old per-insert lock (736602101).
    /// </summary>
    public const long StamperLock = 736602102;

    /// <summary>The most events one stamping transaction positions.</summary>
    public const int BatchSize = 5000;
}
