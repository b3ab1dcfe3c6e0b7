using Jipp.Domain.Common;

namespace Jipp.Domain.Webhooks;

/// <summary>
/// An API client's request to have the event feed pushed to one of its HTTPS endpoints, signed with a secret
/// only the client and the service know (Standard Webhooks). The service keeps the secret encrypted, so that it
/// can sign; the plain secret is shown once, when it is made.
/// </summary>
public sealed class WebhookSubscription : VersionedAggregateRoot
{
    public const int UrlMaxLength = 2000;
    public const int DescriptionMaxLength = 500;
    public const int MaxEventTypes = 50;

    /// <summary>Subscriptions one API client may hold: each multiplies the deliveries of every event.</summary>
    public const int MaxPerClient = 20;

    /// <summary>How long a replaced secret keeps signing beside the new one, so that receivers can switch without losing a delivery.</summary>
    public static readonly TimeSpan PreviousSecretOverlap = TimeSpan.FromHours(24);

    // For EF Core, which sets the columns after construction.
    private WebhookSubscription()
    {
        Url = string.Empty;
        EventTypes = [];
        ProtectedSecret = string.Empty;
    }

    private WebhookSubscription(Guid id, Guid clientId, string url, IEnumerable<string> eventTypes, string? description, string protectedSecret, long deliversAfter, DateTimeOffset now)
    {
        Id = id;
        ClientId = clientId;
        Url = url;
        EventTypes = [.. eventTypes.Distinct(StringComparer.Ordinal)];
        Description = description;
        ProtectedSecret = protectedSecret;
        FannedOutThrough = deliversAfter;
        CreatedAt = now;
        UpdatedAt = now;
    }

    public Guid Id { get; private set; }

    /// <summary>The API client that owns the subscription and receives its deliveries.</summary>
    public Guid ClientId { get; private set; }

    public string Url { get; private set; }

    /// <summary>The event types to deliver; empty: every type.</summary>
    public List<string> EventTypes { get; private set; }

    public string? Description { get; private set; }

    public bool Paused { get; private set; }

    public DateTimeOffset? PausedAt { get; private set; }

    /// <summary>Deliveries that failed one after another (after their whole retry budget) since the last success.</summary>
    public int ConsecutiveFailures { get; private set; }

    /// <summary>The signing secret, encrypted by the service's key (never the plain secret).</summary>
    public string ProtectedSecret { get; private set; }

    /// <summary>The secret replaced at the last rotation, encrypted; it signs beside the new one until <see cref="PreviousSecretExpiresAt"/>.</summary>
    public string? ProtectedPreviousSecret { get; private set; }

    public DateTimeOffset? PreviousSecretExpiresAt { get; private set; }

    /// <summary>
    /// The position of the event feed up to which deliveries have been made for this subscription (the fan-out's
    /// cursor, moved by the delivery worker in the transaction that adds the deliveries). Starts at the end of the
    /// feed when the subscription is made: a subscription receives the events after it.
    /// </summary>
    public long FannedOutThrough { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static WebhookSubscription Create(Guid clientId, string url, IEnumerable<string> eventTypes, string? description, string protectedSecret, long deliversAfter, DateTimeOffset now) =>
        new(IdGenerator.NewId(), clientId, url.Trim(), eventTypes, string.IsNullOrWhiteSpace(description) ? null : description.Trim(), protectedSecret, deliversAfter, now);

    /// <summary>Whether this subscription wants events of the type.</summary>
    public bool Wants(string eventType) => EventTypes.Count == 0 || EventTypes.Contains(eventType, StringComparer.Ordinal);

    public void ChangeUrl(string url, DateTimeOffset now)
    {
        Url = url.Trim();
        UpdatedAt = now;
    }

    public void ChangeEventTypes(IEnumerable<string> eventTypes, DateTimeOffset now)
    {
        EventTypes = [.. eventTypes.Distinct(StringComparer.Ordinal)];
        UpdatedAt = now;
    }

    /// <summary>Pauses (deliveries wait, events keep being queued for it) or resumes; resuming forgets the failures counted so far.</summary>
    public void SetPaused(bool paused, DateTimeOffset now)
    {
        UpdatedAt = now;
        if (paused == Paused)
        {
            return;
        }

        Paused = paused;
        PausedAt = paused ? now : null;
        if (!paused)
        {
            ConsecutiveFailures = 0;
        }
    }

    /// <summary>A new secret signs from now on; the current one keeps signing beside it for <see cref="PreviousSecretOverlap"/>.</summary>
    public void RotateSecret(string protectedSecret, DateTimeOffset now)
    {
        ProtectedPreviousSecret = ProtectedSecret;
        PreviousSecretExpiresAt = now + PreviousSecretOverlap;
        ProtectedSecret = protectedSecret;
        UpdatedAt = now;
    }

    /// <summary>A delivery succeeded: the count of failures in a row starts again.</summary>
    public void DeliverySucceeded() => ConsecutiveFailures = 0;

    /// <summary>
    /// A delivery failed for good (its retry budget is spent). After <paramref name="pauseAfter"/> such failures in
    /// a row the subscription pauses itself and says so in the event feed, so that a receiver that is gone does not
    /// pile up failures, and its owner learns of it.
    /// </summary>
    public void DeliveryFailed(Guid eventId, int pauseAfter, DateTimeOffset now)
    {
        ConsecutiveFailures++;
        if (!Paused && ConsecutiveFailures >= pauseAfter)
        {
            Paused = true;
            PausedAt = now;
            UpdatedAt = now;
            Raise(new WebhookSubscriptionPaused(Id, ClientId, ConsecutiveFailures, eventId, now));
        }
    }
}
