using Jipp.Application.Common.Errors;
using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Localization;
using Jipp.Application.Common.Paging;
using Jipp.Domain.Webhooks;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Application.Webhooks.ListWebhookDeliveries;

/// <summary>The delivery log of a subscription, the newest event first, keyset paged.</summary>
public sealed record ListWebhookDeliveries(Guid SubscriptionId, WebhookDeliveryState? State, int PageSize, string? Cursor) : IQuery<Page<WebhookDeliveryDto>>;

public sealed record WebhookDeliveryCursor(long Sequence);

public sealed class ListWebhookDeliveriesHandler(IJippDbContext db, ICurrentClient client) : IQueryHandler<ListWebhookDeliveries, Page<WebhookDeliveryDto>>
{
    public async ValueTask<Page<WebhookDeliveryDto>> Handle(ListWebhookDeliveries query, CancellationToken cancellationToken)
    {
        if (!await db.WebhookSubscriptions.Visible(client).AnyAsync(s => s.Id == query.SubscriptionId, cancellationToken))
        {
            throw new NotFoundException(Refusals.WebhookSubscription, query.SubscriptionId);
        }

        var deliveries = db.WebhookDeliveries.AsNoTracking().Where(d => d.SubscriptionId == query.SubscriptionId);
        if (query.State is { } state)
        {
            deliveries = deliveries.Where(d => d.State == state);
        }

        if (Cursor.DecodeOrDefault<WebhookDeliveryCursor>(query.Cursor) is { } after)
        {
            deliveries = deliveries.Where(d => d.EventSequence < after.Sequence);
        }

        // One delivery per event and subscription: the event's position orders them and keys the pages.
        var rows = await deliveries.OrderByDescending(d => d.EventSequence).Take(query.PageSize + 1).ToDto().ToListAsync(cancellationToken);
        return Cursor.ToPage(rows, query.PageSize, last => Cursor.Encode(new WebhookDeliveryCursor(last.EventSequence)));
    }
}
