using Jipp.Application.Common.Concurrency;
using Jipp.Application.Common.Errors;
using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Localization;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Application.Webhooks.DeleteWebhookSubscription;

/// <summary>Ends a subscription and forgets its deliveries: its owner, or the ministry.</summary>
public sealed record DeleteWebhookSubscription(Guid Id) : ICommand, IConditionalCommand
{
    object IConditionalCommand.Target => Id;

    /// <summary>The caller's <c>If-Match</c>, held against the resource's version when the change is saved.</summary>
    public string? IfMatch { get; init; }
}

public sealed class DeleteWebhookSubscriptionHandler(IJippDbContext db, ICurrentClient client) : ICommandHandler<DeleteWebhookSubscription>
{
    public async ValueTask<Unit> Handle(DeleteWebhookSubscription command, CancellationToken cancellationToken)
    {
        var subscription = await db.WebhookSubscriptions.Visible(client).SingleOrDefaultAsync(s => s.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException(Refusals.WebhookSubscription, command.Id);
        db.WebhookSubscriptions.Remove(subscription);
        return Unit.Value;
    }
}
