using Jipp.Application.Common.Concurrency;
using Jipp.Application.Common.Errors;
using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Localization;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Application.Webhooks.RotateWebhookSecret;

/// <summary>Gives a subscription a new signing secret; the current one keeps signing beside it for 24 hours. Only its owner.</summary>
public sealed record RotateWebhookSecret(Guid Id) : ICommand<WebhookSecretDto>, IConditionalCommand
{
    object IConditionalCommand.Target => Id;

    /// <summary>The caller's <c>If-Match</c>, held against the resource's version when the change is saved.</summary>
    public string? IfMatch { get; init; }
}

public sealed class RotateWebhookSecretHandler(IJippDbContext db, ICurrentClient client, IWebhookSecrets secrets, TimeProvider clock) : ICommandHandler<RotateWebhookSecret, WebhookSecretDto>
{
    public async ValueTask<WebhookSecretDto> Handle(RotateWebhookSecret command, CancellationToken cancellationToken)
    {
        var subscription = await db.WebhookSubscriptions.Visible(client).SingleOrDefaultAsync(s => s.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException(Refusals.WebhookSubscription, command.Id);
        WebhookAccess.EnsureOwner(subscription, client);

        var secret = secrets.Generate();
        subscription.RotateSecret(secret.Protected, clock.GetUtcNow());

        // The unit of work counts a new version for the changed subscription when it saves it.
        var version = subscription.Version + 1;
        return new WebhookSecretDto(subscription.ToDto(version), secret.Secret, version);
    }
}
