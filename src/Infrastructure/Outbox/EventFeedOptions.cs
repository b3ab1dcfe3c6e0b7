namespace Jipp.Infrastructure.Outbox;

/// <summary>Settings of the event feed, bound from <c>Jipp:Events</c>.</summary>
public sealed record EventFeedOptions
{
    public const string SectionName = "Jipp:Events";

    public const int DefaultStampIntervalMilliseconds = 200;

    public const int MaxStampIntervalMilliseconds = 60_000;

    /// <summary>
    /// <c>Jipp:Events:StampIntervalMilliseconds</c>: how often the background stamper gives positions to
    /// committed events, so that they are positioned (for pushes) when nobody reads the feed; 0 turns it
    /// off (readers of <c>GET /events</c> still stamp before they read). At most one minute.
    /// </summary>
    public int StampIntervalMilliseconds { get; init; } = DefaultStampIntervalMilliseconds;

    internal bool IsValid => StampIntervalMilliseconds is >= 0 and <= MaxStampIntervalMilliseconds;
}
