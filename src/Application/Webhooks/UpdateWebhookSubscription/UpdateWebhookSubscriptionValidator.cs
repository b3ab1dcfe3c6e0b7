using FluentValidation;
using Jipp.Application.Common.Localization;
using Jipp.Application.Common.Validation;
using Microsoft.Extensions.Options;

namespace Jipp.Application.Webhooks.UpdateWebhookSubscription;

public sealed class UpdateWebhookSubscriptionValidator : AbstractValidator<UpdateWebhookSubscription>
{
    public UpdateWebhookSubscriptionValidator(IOptions<WebhookNetworkOptions> networks)
    {
        RuleFor(c => c.Change)
            .Must(c => c.Url is not null || c.EventTypes is not null || c.Paused is not null)
            .WithMessage(Messages.NothingToChange)
            .OverridePropertyName("body");
        RuleFor(c => c.Change.Url!).NotEmpty().WithMessage(Messages.Required).When(c => c.Change.Url is not null).OverridePropertyName("url");
        RuleFor(c => c.Change.Url!).WebhookUrl(networks.Value).When(c => !string.IsNullOrEmpty(c.Change.Url)).OverridePropertyName("url");
        RuleFor(c => c.Change.EventTypes).AtMostEventTypes().OverridePropertyName("eventTypes");
        RuleForEach(c => c.Change.EventTypes).KnownEventType().OverridePropertyName("eventTypes");
    }
}
