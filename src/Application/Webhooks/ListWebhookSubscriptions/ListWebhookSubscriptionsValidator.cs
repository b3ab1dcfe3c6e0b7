using FluentValidation;
using Jipp.Application.Common.Validation;

namespace Jipp.Application.Webhooks.ListWebhookSubscriptions;

public sealed class ListWebhookSubscriptionsValidator : AbstractValidator<ListWebhookSubscriptions>
{
    public ListWebhookSubscriptionsValidator()
    {
        RuleFor(q => q.PageSize).ValidPageSize();
        RuleFor(q => q.Cursor).ValidCursor<ListWebhookSubscriptions, WebhookSubscriptionCursor>();
    }
}
