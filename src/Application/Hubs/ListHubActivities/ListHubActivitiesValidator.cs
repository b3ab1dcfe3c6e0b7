using FluentValidation;
using Jipp.Application.Common.Validation;

namespace Jipp.Application.Hubs.ListHubActivities;

public sealed class ListHubActivitiesValidator : AbstractValidator<ListHubActivities>
{
    public ListHubActivitiesValidator()
    {
        RuleFor(q => q.PageSize).ValidPageSize();
        RuleFor(q => q.Type).IsInEnum().WithMessage("type is not a known activity type.");
        RuleFor(q => q.Cursor).ValidCursor<ListHubActivities, HubActivityCursor>();
    }
}
