using Jipp.Api.Errors;
using Jipp.Api.Security;
using Jipp.Application.Common.Errors;
using Jipp.Application.Common.Paging;
using Jipp.Application.Webhooks;
using Jipp.Application.Webhooks.CreateWebhookSubscription;
using Jipp.Application.Webhooks.DeleteWebhookSubscription;
using Jipp.Application.Webhooks.GetWebhookSubscription;
using Jipp.Application.Webhooks.ListWebhookDeliveries;
using Jipp.Application.Webhooks.ListWebhookSubscriptions;
using Jipp.Application.Webhooks.RetryWebhookDelivery;
using Jipp.Application.Webhooks.RotateWebhookSecret;
using Jipp.Application.Webhooks.UpdateWebhookSubscription;
using Jipp.Domain.Webhooks;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jipp.Api.Endpoints;

/// <summary>Webhooks: the event feed pushed to the HTTPS endpoints of subscribed systems, signed per Standard Webhooks.</summary>
public static class WebhooksEndpoints
{
    private const string Visibility = "A client sees only its own subscriptions (another client's is 404); the ministry sees every one.";

    private const string Delivery = """
        Each event of the feed (after the subscription was made, of its `eventTypes`) is POSTed to `url` as the feed item of
        `GET /events` shows it, with the Standard Webhooks headers `webhook-id` (the event's id, the same on every retry:
        deduplicate on it), `webhook-timestamp` (Unix seconds) and `webhook-signature` (`v1,` and the base64 of HMAC-SHA256
        keyed with the secret's bytes over `{webhook-id}.{webhook-timestamp}.{body}`; two signatures, separated by a space,
        for 24 h after a rotation). A 2xx answer delivers it; anything else (a 3xx too: redirects are not followed), a
        time-out or a refused connection is retried with exponential back-off and jitter for up to 24 h, then the
        delivery fails. The events of one resource are delivered one after another, in feed order. A subscription whose
        deliveries keep failing pauses itself (event `webhookSubscription.paused`). Hosts are resolved at every
        delivery; loopback, private, link-local, multicast and metadata addresses are never called.
        """;

    public static IEndpointRouteBuilder MapWebhooksEndpoints(this IEndpointRouteBuilder routes)
    {
        // Any keyed client; an agency or a hub receives only the public event types (WebhookAccess.PublicEventTypes).
        var subscriptions = routes.MapGroup("/webhook-subscriptions").WithTags("Webhooks").RequireAuthorization(Policies.Authenticated).WithETags();
        subscriptions.MapPost("/", CreateWebhookSubscription)
            .WithName(nameof(CreateWebhookSubscription))
            .WithSummary("Subscribe an HTTPS endpoint to the event feed")
            .WithDescription("""
                Subscribes the calling client. `url` must be an absolute `https` URL without user information (any port);
                a literal address in it must be public. `eventTypes` are types of the event catalogue (an unknown one is
                400); empty or absent: every type. A `ministry` or `reader` client may subscribe to every type, as it may read
                `GET /events`; an `agency` or `hub` client to the public ones only (`innovation.published`, `hub.designated`,
                `hub.innovationsAssigned`, `hub.partnerAdded`, `hub.partnerRemoved`, `hub.activityRecorded`,
                `cohortPolicy.changed`; another is 400, empty means all of these). The answer holds the signing `secret` (`whsec_` and base64): it is
                shown only here (a replay with the same Idempotency-Key answers without it), and stored encrypted. A client
                holds at most 20 subscriptions (409 `webhook.too_many_subscriptions`).
                """ + "\n\n" + Delivery)
            .Refuses(Refusal.Validation, Refusal.WebhookTooManySubscriptions);
        subscriptions.MapGet("/", ListWebhookSubscriptions)
            .WithName(nameof(ListWebhookSubscriptions))
            .WithSummary("List webhook subscriptions")
            .WithDescription("Subscriptions in order of creation, keyset paged; never their secrets. " + Visibility)
            .Refuses(Refusal.Validation);
        subscriptions.MapGet("/{id:guid}", GetWebhookSubscription)
            .WithName(nameof(GetWebhookSubscription))
            .WithSummary("Get one webhook subscription")
            .WithDescription("Never its secret. " + Visibility)
            .Refuses(Refusal.NotFound);
        subscriptions.MapPatch("/{id:guid}", UpdateWebhookSubscription)
            .WithName(nameof(UpdateWebhookSubscription))
            .WithSummary("Change a webhook subscription")
            .WithDescription("""
                Changes `url`, `eventTypes` or `paused`; an absent member stays as it is (at least one is needed). Pausing
                holds deliveries back and keeps queuing events; resuming delivers them and forgets the failures counted.
                Only the owning client; the ministry, which sees every subscription, gets 403 on another's.
                """ + " " + Visibility)
            .Refuses(Refusal.Validation, Refusal.NotFound)
            .HonoursIfMatch();
        subscriptions.MapDelete("/{id:guid}", DeleteWebhookSubscription)
            .WithName(nameof(DeleteWebhookSubscription))
            .WithSummary("Delete a webhook subscription")
            .WithDescription("Ends the subscription and forgets its deliveries. The owning client, or the ministry. " + Visibility)
            .Refuses(Refusal.NotFound)
            .HonoursIfMatch();
        subscriptions.MapPost("/{id:guid}/secret-rotation", RotateWebhookSecret)
            .WithName(nameof(RotateWebhookSecret))
            .WithSummary("Rotate a webhook subscription's signing secret")
            .WithDescription("""
                Makes a new signing secret, shown only in this answer. For 24 hours deliveries carry two signatures, one
                with the new secret and one with the previous, so that the receiver can switch without losing one.
                Only the owning client; the ministry gets 403 on another's.
                """ + " " + Visibility)
            .Refuses(Refusal.NotFound)
            .HonoursIfMatch();
        subscriptions.MapGet("/{id:guid}/deliveries", ListWebhookDeliveries)
            .WithName(nameof(ListWebhookDeliveries))
            .WithSummary("List a webhook subscription's deliveries")
            .WithDescription("""
                The delivery log, the newest event first, keyset paged: per event its id and type, the state (pending,
                delivered, failed), the attempts made, the last status code, duration and error (with at most a short
                excerpt of the receiver's answer, which is never kept whole), and the next attempt.
                """ + " " + Visibility)
            .Refuses(Refusal.Validation, Refusal.NotFound);
        subscriptions.MapPost("/{id:guid}/deliveries/{deliveryId:guid}/retry", RetryWebhookDelivery)
            .WithName(nameof(RetryWebhookDelivery))
            .WithSummary("Deliver an event again")
            .WithDescription("""
                A delivered or failed delivery starts again with a new retry budget and the same `webhook-id`; a pending one
                is attempted now. Answers the delivery. The owning client, or the ministry.
                """ + " " + Visibility)
            .Refuses(Refusal.NotFound);
        return routes;
    }

    /// <summary>Subscribes an HTTPS endpoint to the event feed.</summary>
    internal static async Task<Created<WebhookSecretDto>> CreateWebhookSubscription(CreateWebhookSubscription command, ISender sender, HttpContext http, CancellationToken ct)
    {
        // The secret is shown once: an idempotent replay of this response leaves it out.
        http.Items[IdempotencyMiddleware.SecretMemberItem] = "secret";
        var created = await sender.Send(command, ct);
        return TypedResults.Created($"/api/v1/webhook-subscriptions/{created.Subscription.Id}", created);
    }

    /// <summary>Lists webhook subscriptions.</summary>
    /// <param name="pageSize">Items per page, 1–100 (default 20).</param>
    /// <param name="cursor">The nextCursor of the previous page; omit for the first page.</param>
    internal static async Task<Ok<Page<WebhookSubscriptionDto>>> ListWebhookSubscriptions(int? pageSize, string? cursor, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListWebhookSubscriptions(pageSize ?? PageLimits.Default, cursor), ct));

    /// <summary>Gets one webhook subscription.</summary>
    /// <param name="id">The subscription's id.</param>
    internal static async Task<Ok<WebhookSubscriptionDto>> GetWebhookSubscription(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetWebhookSubscription(id), ct));

    /// <summary>Changes a webhook subscription.</summary>
    /// <param name="id">The subscription's id.</param>
    internal static async Task<Ok<WebhookSubscriptionDto>> UpdateWebhookSubscription(Guid id, WebhookSubscriptionChange change, IfMatch ifMatch, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new UpdateWebhookSubscription(id, change) { IfMatch = ifMatch.Value }, ct));

    /// <summary>Deletes a webhook subscription.</summary>
    /// <param name="id">The subscription's id.</param>
    internal static async Task<NoContent> DeleteWebhookSubscription(Guid id, IfMatch ifMatch, ISender sender, CancellationToken ct)
    {
        await sender.Send(new DeleteWebhookSubscription(id) { IfMatch = ifMatch.Value }, ct);
        return TypedResults.NoContent();
    }

    /// <summary>Rotates a webhook subscription's signing secret.</summary>
    /// <param name="id">The subscription's id.</param>
    internal static async Task<Ok<WebhookSecretDto>> RotateWebhookSecret(Guid id, IfMatch ifMatch, ISender sender, HttpContext http, CancellationToken ct)
    {
        // The secret is shown once: an idempotent replay of this response leaves it out.
        http.Items[IdempotencyMiddleware.SecretMemberItem] = "secret";
        return TypedResults.Ok(await sender.Send(new RotateWebhookSecret(id) { IfMatch = ifMatch.Value }, ct));
    }

    /// <summary>Lists a webhook subscription's deliveries.</summary>
    /// <param name="id">The subscription's id.</param>
    /// <param name="state">Only deliveries in this state.</param>
    /// <param name="pageSize">Items per page, 1–100 (default 20).</param>
    /// <param name="cursor">The nextCursor of the previous page; omit for the first page.</param>
    internal static async Task<Ok<Page<WebhookDeliveryDto>>> ListWebhookDeliveries(Guid id, EnumQuery<WebhookDeliveryState>? state, int? pageSize, string? cursor, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListWebhookDeliveries(id, state.ValueOrNull(), pageSize ?? PageLimits.Default, cursor), ct));

    /// <summary>Delivers an event again.</summary>
    /// <param name="id">The subscription's id.</param>
    /// <param name="deliveryId">The delivery's id, from the delivery log.</param>
    internal static async Task<Ok<WebhookDeliveryDto>> RetryWebhookDelivery(Guid id, Guid deliveryId, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new RetryWebhookDelivery(id, deliveryId), ct));
}
