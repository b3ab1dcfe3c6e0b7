using Jipp.Application.Common.Errors;
using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Localization;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Application.Webhooks.GetWebhookSubscription;

/// <summary>One subscription the caller may see; never its secret.</summary>
public sealed record GetWebhookSubscription(Guid Id) : IQuery<WebhookSubscriptionDto>;

public sealed class GetWebhookSubscriptionHandler(IJippDbContext db, ICurrentClient client) : IQueryHandler<GetWebhookSubscription, WebhookSubscriptionDto>
{
    public async ValueTask<WebhookSubscriptionDto> Handle(GetWebhookSubscription query, CancellationToken cancellationToken) =>
        await db.WebhookSubscriptions.AsNoTracking().Visible(client).Where(s => s.Id == query.Id).ToDto().SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException(Refusals.WebhookSubscription, query.Id);
}
