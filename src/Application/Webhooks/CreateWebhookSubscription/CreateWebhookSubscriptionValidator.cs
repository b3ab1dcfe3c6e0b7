using FluentValidation;
using Jipp.Application.Common.Localization;
using Jipp.Application.Common.Validation;
using Jipp.Domain.Webhooks;
using Microsoft.Extensions.Options;

namespace Jipp.Application.Webhooks.CreateWebhookSubscription;

public sealed class CreateWebhookSubscriptionValidator : AbstractValidator<CreateWebhookSubscription>
{
    public CreateWebhookSubscriptionValidator(IOptions<WebhookNetworkOptions> networks)
    {
        RuleFor(c => c.Url).NotEmpty().WithMessage(Messages.Required);
        RuleFor(c => c.Url).WebhookUrl(networks.Value).When(c => !string.IsNullOrEmpty(c.Url));
        RuleFor(c => c.EventTypes).AtMostEventTypes();
        RuleForEach(c => c.EventTypes).KnownEventType();
        RuleFor(c => c.Description)
            .MaximumLength(WebhookSubscription.DescriptionMaxLength)
            .WithMessage(Messages.FieldMaxLength, "description", WebhookSubscription.DescriptionMaxLength);
    }
}
