using Jipp.Application.Common.Errors;
using Jipp.Application.Common.Interfaces;
using Jipp.Domain.Webhooks;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Application.Webhooks.CreateWebhookSubscription;

/// <summary>Subscribes the calling client's HTTPS endpoint to the event feed.</summary>
/// <param name="Url">The https URL that receives a POST per event (at most 2000 characters); no user information, any port.</param>
/// <param name="EventTypes">Event types of the catalogue to deliver (at most 50); empty or absent: every type.</param>
/// <param name="Description">What the subscription is for (at most 500 characters).</param>
public sealed record CreateWebhookSubscription(string Url, IReadOnlyList<string>? EventTypes = null, string? Description = null) : ICommand<WebhookSecretDto>;

public sealed class CreateWebhookSubscriptionHandler(IJippDbContext db, ICurrentClient client, IWebhookSecrets secrets, TimeProvider clock) : ICommandHandler<CreateWebhookSubscription, WebhookSecretDto>
{
    public async ValueTask<WebhookSecretDto> Handle(CreateWebhookSubscription command, CancellationToken cancellationToken)
    {
        // Two concurrent creations may both pass this count and end one above the limit: the limit bounds the load, it is not an invariant.
        var clientId = client.ClientId!.Value;
        var eventTypes = WebhookAccess.EventTypesFor(client, command.EventTypes);
        if (await db.WebhookSubscriptions.CountAsync(s => s.ClientId == clientId, cancellationToken) >= WebhookSubscription.MaxPerClient)
        {
            throw Refusal.WebhookTooManySubscriptions.ToException(WebhookSubscription.MaxPerClient);
        }

        // A subscription receives the events positioned after it was made; the unique index on sequence answers this.
        var endOfFeed = await db.Events.MaxAsync(e => e.Sequence, cancellationToken) ?? 0;
        var secret = secrets.Generate();
        var subscription = WebhookSubscription.Create(clientId, command.Url, eventTypes, command.Description, secret.Protected, endOfFeed, clock.GetUtcNow());
        db.WebhookSubscriptions.Add(subscription);
        return new WebhookSecretDto(subscription.ToDto(subscription.Version), secret.Secret, subscription.Version);
    }
}
