using Jipp.Application.Common.Errors;
using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Localization;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Application.Webhooks.RetryWebhookDelivery;

/// <summary>
/// Delivers an event again: a delivered or failed delivery starts over with a fresh retry budget (same
/// webhook-id, so a receiver that deduplicates sees it once); a pending one is attempted now.
/// </summary>
public sealed record RetryWebhookDelivery(Guid SubscriptionId, Guid DeliveryId) : ICommand<WebhookDeliveryDto>;

public sealed class RetryWebhookDeliveryHandler(IJippDbContext db, ICurrentClient client, TimeProvider clock) : ICommandHandler<RetryWebhookDelivery, WebhookDeliveryDto>
{
    public async ValueTask<WebhookDeliveryDto> Handle(RetryWebhookDelivery command, CancellationToken cancellationToken)
    {
        if (!await db.WebhookSubscriptions.Visible(client).AnyAsync(s => s.Id == command.SubscriptionId, cancellationToken))
        {
            throw new NotFoundException(Refusals.WebhookSubscription, command.SubscriptionId);
        }

        var delivery = await db.WebhookDeliveries.SingleOrDefaultAsync(d => d.Id == command.DeliveryId && d.SubscriptionId == command.SubscriptionId, cancellationToken)
            ?? throw new NotFoundException(Refusals.WebhookDelivery, command.DeliveryId);
        delivery.Redeliver(clock.GetUtcNow());
        return delivery.ToDto();
    }
}
