using Jipp.Application.Common.Errors;
using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Localization;
using Jipp.Domain.ApiClients;
using Jipp.Domain.Webhooks;

namespace Jipp.Application.Webhooks;

/// <summary>
/// Who sees which subscriptions: a client its own, the ministry every one. Another client's subscription is
/// 404 to a client, as if it did not exist; only its owner changes it (the ministry, which sees it, gets 403).
/// </summary>
public static class WebhookAccess
{
    /// <summary>The subscriptions the caller may see.</summary>
    public static IQueryable<WebhookSubscription> Visible(this IQueryable<WebhookSubscription> subscriptions, ICurrentClient client) =>
        client.Role == ApiClientRole.Ministry ? subscriptions : subscriptions.Where(s => s.ClientId == client.ClientId);

    /// <summary>Refuses a change by anyone but the owner of a subscription the caller can see.</summary>
    public static void EnsureOwner(WebhookSubscription subscription, ICurrentClient client)
    {
        if (subscription.ClientId != client.ClientId)
        {
            throw new ForbiddenException(Refusals.OnlyOwnerChangesSubscription);
        }
    }
}
