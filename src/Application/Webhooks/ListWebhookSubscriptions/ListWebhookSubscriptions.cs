using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Paging;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Application.Webhooks.ListWebhookSubscriptions;

/// <summary>The caller's webhook subscriptions (the ministry: every client's), in creation order, keyset paged.</summary>
public sealed record ListWebhookSubscriptions(int PageSize, string? Cursor) : IQuery<Page<WebhookSubscriptionDto>>;

public sealed record WebhookSubscriptionCursor(Guid Id);

public sealed class ListWebhookSubscriptionsHandler(IJippDbContext db, ICurrentClient client) : IQueryHandler<ListWebhookSubscriptions, Page<WebhookSubscriptionDto>>
{
    public async ValueTask<Page<WebhookSubscriptionDto>> Handle(ListWebhookSubscriptions query, CancellationToken cancellationToken)
    {
        var subscriptions = db.WebhookSubscriptions.AsNoTracking().Visible(client);
        if (Cursor.DecodeOrDefault<WebhookSubscriptionCursor>(query.Cursor) is { } after)
        {
            subscriptions = subscriptions.Where(s => s.Id.CompareTo(after.Id) > 0);
        }

        var rows = await subscriptions.OrderBy(s => s.Id).Take(query.PageSize + 1).ToDto().ToListAsync(cancellationToken);
        return Cursor.ToPage(rows, query.PageSize, last => Cursor.Encode(new WebhookSubscriptionCursor(last.Id)));
    }
}
