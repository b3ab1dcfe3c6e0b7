using FluentValidation;
using Jipp.Application.Common.Localization;
using Jipp.Application.Common.Validation;
using Jipp.Application.Events.Catalogue;
using Jipp.Domain.Webhooks;

namespace Jipp.Application.Webhooks;

/// <summary>The rules a subscription's url and event types follow, on creation and on change.</summary>
public static class WebhookValidationRules
{
    private static readonly HashSet<string> KnownTypes = [.. IntegrationEventCatalogue.All.Select(t => t.Name)];

    public static IRuleBuilderOptions<T, string> WebhookUrl<T>(this IRuleBuilder<T, string> rule, WebhookNetworkOptions networks)
    {
        var allowed = networks.Networks;
        return rule.MaximumLength(WebhookSubscription.UrlMaxLength).WithMessage(Messages.FieldMaxLength, "url", WebhookSubscription.UrlMaxLength)
            .Must(u => u.Length > WebhookSubscription.UrlMaxLength || WebhookAddresses.IsAcceptableUrl(u, allowed)).WithMessage(Messages.WebhookUrl);
    }

    public static IRuleBuilderOptions<T, IReadOnlyList<string>?> AtMostEventTypes<T>(this IRuleBuilder<T, IReadOnlyList<string>?> rule) =>
        rule.MaxItems(WebhookSubscription.MaxEventTypes)
            .WithMessage(Messages.TooManyEventTypes, WebhookSubscription.MaxEventTypes);

    public static IRuleBuilderOptions<T, string> KnownEventType<T>(this IRuleBuilder<T, string> rule) =>
        rule.MaximumLength(EventTypeMaxLength).WithMessage(Messages.UnknownEventType)
            .Must(t => t is not null && KnownTypes.Contains(t)).WithMessage(Messages.UnknownEventType);

    /// <summary>Longer than any event type (the longest is well under it), so that the document can bound what a caller sends.</summary>
    public const int EventTypeMaxLength = 64;
}
