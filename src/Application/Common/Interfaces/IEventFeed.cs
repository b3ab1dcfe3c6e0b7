namespace Jipp.Application.Common.Interfaces;

/// <summary>
/// Positions in the event feed. Writers insert events without a position (they never wait for one
/// another); committed events are then stamped, one stamper at a time, with the next positions, so the
/// feed only grows at its end (docs/adr/0018-event-feed-without-a-global-lock.md).
/// </summary>
public interface IEventFeed
{
    /// <summary>
    /// Gives a position to every event committed before the call that has none yet (in bounded batches), so
    /// that a read that follows sees them. Returns how many were stamped; 0 costs one index probe.
    /// </summary>
    Task<int> StampAsync(CancellationToken cancellationToken);
}
