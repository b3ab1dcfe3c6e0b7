namespace Jipp.Domain.Webhooks;

/// <summary>Where one event stands for one subscription.</summary>
public enum WebhookDeliveryState
{
    /// <summary>Waiting for its first or next attempt (or being attempted).</summary>
    Pending,

    /// <summary>The receiver answered 2xx.</summary>
    Delivered,

    /// <summary>Every attempt within the retry budget failed.</summary>
    Failed,
}

/// <summary>
/// One event to push to one subscription: the delivery worker claims it, attempts it and schedules the next
/// attempt in its row, so that retries survive restarts and run in one instance at a time.
/// </summary>
public sealed class WebhookDelivery
{
    public const int ErrorMaxLength = 500;

    // For EF Core, which sets the columns after construction.
    private WebhookDelivery()
    {
        EventType = string.Empty;
        SubjectType = string.Empty;
        SubjectId = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid SubscriptionId { get; private set; }

    /// <summary>The event delivered; its id is the <c>webhook-id</c> of every attempt.</summary>
    public Guid EventId { get; private set; }

    public long EventSequence { get; private set; }

    public string EventType { get; private set; }

    /// <summary>The resource of the event: the deliveries of one subject are made one after another, in feed order.</summary>
    public string SubjectType { get; private set; }

    public string SubjectId { get; private set; }

    public WebhookDeliveryState State { get; private set; }

    public int Attempts { get; private set; }

    public int? LastStatusCode { get; private set; }

    public int? LastDurationMilliseconds { get; private set; }

    /// <summary>Why the last attempt failed, in a sentence, with at most a short excerpt of the receiver's answer.</summary>
    public string? LastError { get; private set; }

    public DateTimeOffset? LastAttemptAt { get; private set; }

    public DateTimeOffset? NextAttemptAt { get; private set; }

    /// <summary>After this instant a failed attempt is the last: the delivery is failed.</summary>
    public DateTimeOffset? GiveUpAt { get; private set; }

    /// <summary>The lease of the worker attempting it; a crash lets the lease run out and another attempt begins.</summary>
    public DateTimeOffset? LockedUntil { get; private set; }

    public Guid? LeaseId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? DeliveredAt { get; private set; }

    /// <summary>
    /// Asks for another delivery now: a delivered or failed one starts again with a fresh retry budget; a pending one
    /// is attempted at once instead of at its scheduled time (an attempt in progress is left to finish).
    /// </summary>
    public void Redeliver(DateTimeOffset now)
    {
        if (State != WebhookDeliveryState.Pending)
        {
            State = WebhookDeliveryState.Pending;
            Attempts = 0;
            GiveUpAt = null;
        }

        NextAttemptAt = now;
    }
}
