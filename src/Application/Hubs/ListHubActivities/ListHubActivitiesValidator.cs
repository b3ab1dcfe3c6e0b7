using FluentValidation;
using Jipp.Application.Common.Localization;
using Jipp.Application.Common.Validation;

namespace Jipp.Application.Hubs.ListHubActivities;

public sealed class ListHubActivitiesValidator : AbstractValidator<ListHubActivities>
{
    public ListHubActivitiesValidator()
    {
        RuleFor(q => q.PageSize).ValidPageSize();
        RuleFor(q => q.Type).IsInEnum().WithMessage(Messages.UnknownActivityType);
        RuleFor(q => q.Cursor).ValidCursor<ListHubActivities, HubActivityCursor>();
    }
}
