using System.Text.Json.Serialization;
using Jipp.Application.Common.Concurrency;
using Jipp.Domain.Webhooks;

namespace Jipp.Application.Webhooks;

/// <param name="Id">UUID.</param>
/// <param name="ClientId">The API client that owns the subscription.</param>
/// <param name="Url">The HTTPS endpoint that receives the events.</param>
/// <param name="EventTypes">The event types delivered; empty: every type.</param>
/// <param name="Description">What the subscription is for.</param>
/// <param name="Paused">Deliveries wait while paused; events are still queued for it, so none is lost. The service pauses a subscription whose deliveries keep failing (event webhookSubscription.paused).</param>
/// <param name="PausedAt">When it was paused.</param>
/// <param name="ConsecutiveFailures">Deliveries that failed for good one after another since the last success.</param>
/// <param name="PreviousSecretExpiresAt">After a rotation: until when the previous secret still signs beside the new one.</param>
/// <param name="CreatedAt">When the subscription was made.</param>
/// <param name="UpdatedAt">When it last changed.</param>
public sealed record WebhookSubscriptionDto(
    Guid Id,
    Guid ClientId,
    string Url,
    IReadOnlyList<string> EventTypes,
    string? Description,
    bool Paused,
    DateTimeOffset? PausedAt,
    int ConsecutiveFailures,
    DateTimeOffset? PreviousSecretExpiresAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    [property: JsonIgnore] int Version) : IVersioned;

/// <param name="Subscription">The subscription.</param>
/// <param name="Secret">The signing secret (whsec_ and base64), shown only in this response: store it safely. Verify the webhook-signature of each delivery with it.</param>
public sealed record WebhookSecretDto(
    WebhookSubscriptionDto Subscription,
    string Secret,
    [property: JsonIgnore] int Version) : IVersioned;

/// <param name="Id">UUID of the delivery, for a retry.</param>
/// <param name="EventId">The event delivered: the webhook-id header of every attempt, stable across retries; deduplicate on it.</param>
/// <param name="EventSequence">The event's position in the feed.</param>
/// <param name="EventType">The event's type.</param>
/// <param name="State">pending (waiting for an attempt, or being attempted), delivered (2xx) or failed (every attempt within the retry budget failed).</param>
/// <param name="Attempts">Attempts made so far.</param>
/// <param name="LastStatusCode">The HTTP status of the last attempt; null when no answer came (a refused address, a time-out, a failed connection).</param>
/// <param name="LastDurationMilliseconds">How long the last attempt took.</param>
/// <param name="LastError">Why the last attempt failed, with at most a short excerpt of the answer.</param>
/// <param name="LastAttemptAt">When the last attempt was made.</param>
/// <param name="NextAttemptAt">When the next attempt is due, while pending.</param>
/// <param name="CreatedAt">When the event was queued for this subscription.</param>
/// <param name="DeliveredAt">When the receiver accepted it.</param>
public sealed record WebhookDeliveryDto(
    Guid Id,
    Guid EventId,
    long EventSequence,
    string EventType,
    WebhookDeliveryState State,
    int Attempts,
    int? LastStatusCode,
    int? LastDurationMilliseconds,
    string? LastError,
    DateTimeOffset? LastAttemptAt,
    DateTimeOffset? NextAttemptAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DeliveredAt);

public static class WebhookProjections
{
    public static IQueryable<WebhookSubscriptionDto> ToDto(this IQueryable<WebhookSubscription> subscriptions) =>
        subscriptions.Select(s => new WebhookSubscriptionDto(s.Id, s.ClientId, s.Url, s.EventTypes, s.Description, s.Paused, s.PausedAt, s.ConsecutiveFailures, s.PreviousSecretExpiresAt, s.CreatedAt, s.UpdatedAt, s.Version));

    public static WebhookSubscriptionDto ToDto(this WebhookSubscription s, int version) =>
        new(s.Id, s.ClientId, s.Url, [.. s.EventTypes], s.Description, s.Paused, s.PausedAt, s.ConsecutiveFailures, s.PreviousSecretExpiresAt, s.CreatedAt, s.UpdatedAt, version);

    public static IQueryable<WebhookDeliveryDto> ToDto(this IQueryable<WebhookDelivery> deliveries) =>
        deliveries.Select(d => new WebhookDeliveryDto(d.Id, d.EventId, d.EventSequence, d.EventType, d.State, d.Attempts, d.LastStatusCode, d.LastDurationMilliseconds, d.LastError, d.LastAttemptAt, d.NextAttemptAt, d.CreatedAt, d.DeliveredAt));

    public static WebhookDeliveryDto ToDto(this WebhookDelivery d) =>
        new(d.Id, d.EventId, d.EventSequence, d.EventType, d.State, d.Attempts, d.LastStatusCode, d.LastDurationMilliseconds, d.LastError, d.LastAttemptAt, d.NextAttemptAt, d.CreatedAt, d.DeliveredAt);
}
