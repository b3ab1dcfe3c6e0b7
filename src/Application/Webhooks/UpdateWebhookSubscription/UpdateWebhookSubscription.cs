using Jipp.Application.Common.Concurrency;
using Jipp.Application.Common.Errors;
using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Localization;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Application.Webhooks.UpdateWebhookSubscription;

/// <summary>The members to change; an absent member stays as it is.</summary>
/// <param name="Url">A new https URL (at most 2000 characters).</param>
/// <param name="EventTypes">New event types of the catalogue (at most 50); empty: every type.</param>
/// <param name="Paused">true pauses deliveries (events keep being queued); false resumes them and forgets the failures counted so far.</param>
public sealed record WebhookSubscriptionChange(string? Url = null, IReadOnlyList<string>? EventTypes = null, bool? Paused = null);

/// <summary>Changes a subscription: only its owner.</summary>
public sealed record UpdateWebhookSubscription(Guid Id, WebhookSubscriptionChange Change) : ICommand<WebhookSubscriptionDto>, IConditionalCommand
{
    object IConditionalCommand.Target => Id;

    /// <summary>The caller's <c>If-Match</c>, held against the resource's version when the change is saved.</summary>
    public string? IfMatch { get; init; }
}

public sealed class UpdateWebhookSubscriptionHandler(IJippDbContext db, ICurrentClient client, TimeProvider clock) : ICommandHandler<UpdateWebhookSubscription, WebhookSubscriptionDto>
{
    public async ValueTask<WebhookSubscriptionDto> Handle(UpdateWebhookSubscription command, CancellationToken cancellationToken)
    {
        var subscription = await db.WebhookSubscriptions.Visible(client).SingleOrDefaultAsync(s => s.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException(Refusals.WebhookSubscription, command.Id);
        WebhookAccess.EnsureOwner(subscription, client);

        var now = clock.GetUtcNow();
        var change = command.Change;
        if (change.Url is { } url)
        {
            subscription.ChangeUrl(url, now);
        }

        if (change.EventTypes is { } eventTypes)
        {
            subscription.ChangeEventTypes(WebhookAccess.EventTypesFor(client, eventTypes), now);
        }

        if (change.Paused is { } paused)
        {
            subscription.SetPaused(paused, now);
        }

        // Every change moves UpdatedAt, so the unit of work counts a new version when it saves the subscription.
        return subscription.ToDto(subscription.Version + 1);
    }
}
