using FluentValidation;
using Jipp.Application.Common.Localization;
using Jipp.Application.Common.Validation;

namespace Jipp.Application.Hubs.ListHubs;

public sealed class ListHubsValidator : AbstractValidator<ListHubs>
{
    public ListHubsValidator()
    {
        RuleFor(q => q.PageSize).ValidPageSize();
        RuleFor(q => q.Status).IsInEnum().WithMessage(Messages.UnknownHubStatus);
        RuleFor(q => q.Cursor).ValidCursor<ListHubs, HubCursor>();
        RuleFor(q => q.DesignationYear).InclusiveBetween(2000, 2100).WithMessage(Messages.YearOfCohort, "designationYear");
    }
}
