using FluentValidation;
using FluentValidation.Results;
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

    /// <summary>
    /// The event types an agency or a hub client may subscribe to: the facts anyone may read through the API (a
    /// published innovation, the hubs with their partners and activities, the cohorts' policies). The whole feed
    /// (<c>GET /events</c>) is for the ministry and readers: it carries other agencies' drafts and workflows.
    /// </summary>
    public static readonly IReadOnlyList<string> PublicEventTypes =
        ["innovation.published", "hub.designated", "hub.innovationsAssigned", "hub.partnerAdded", "hub.partnerRemoved", "hub.activityRecorded", "cohortPolicy.changed"];

    /// <summary>
    /// The event types a subscription of the caller delivers: what it asked for (empty: every type) for the ministry
    /// and readers; for an agency or a hub, what it asked for among <see cref="PublicEventTypes"/> (empty: all of
    /// them), and a 400 on <c>eventTypes</c> for a type outside them.
    /// </summary>
    public static IReadOnlyList<string> EventTypesFor(ICurrentClient client, IReadOnlyList<string>? requested)
    {
        if (client.Role is ApiClientRole.Ministry or ApiClientRole.Reader)
        {
            return requested ?? [];
        }

        if (requested is null || requested.Count == 0)
        {
            return PublicEventTypes;
        }

        var withheld = requested.Where(t => !PublicEventTypes.Contains(t, StringComparer.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
        if (withheld.Count > 0)
        {
            throw new ValidationException([new ValidationFailure("eventTypes", Messages.EventTypesNotPublic.Format(string.Join(", ", withheld), string.Join(", ", PublicEventTypes)))]);
        }

        return requested;
    }

    /// <summary>Refuses a change by anyone but the owner of a subscription the caller can see.</summary>
    public static void EnsureOwner(WebhookSubscription subscription, ICurrentClient client)
    {
        if (subscription.ClientId != client.ClientId)
        {
            throw new ForbiddenException(Refusals.OnlyOwnerChangesSubscription);
        }
    }
}
