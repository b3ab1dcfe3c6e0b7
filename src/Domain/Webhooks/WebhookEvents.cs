using Jipp.Domain.Common;

namespace Jipp.Domain.Webhooks;

/// <summary>
/// A subscription paused itself after <paramref name="ConsecutiveFailures"/> deliveries in a row failed for good;
/// <paramref name="LastFailedEventId"/> is the event of the last of them. Its deliveries wait until its owner resumes it.
/// </summary>
public sealed record WebhookSubscriptionPaused(Guid SubscriptionId, Guid ClientId, int ConsecutiveFailures, Guid LastFailedEventId, DateTimeOffset OccurredAt) : IDomainEvent;
