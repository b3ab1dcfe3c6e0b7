using FluentValidation;
using Jipp.Application.Common.Localization;
using Jipp.Application.Common.Validation;

namespace Jipp.Application.Events.ListEvents;

public sealed class ListEventsValidator : AbstractValidator<ListEvents>
{
    public const int MaxLimit = 1000;

    public ListEventsValidator()
    {
        RuleFor(q => q.After).GreaterThanOrEqualTo(0).WithMessage(Messages.EventsAfter);
        RuleFor(q => q.Limit).InclusiveBetween(1, MaxLimit).WithMessage(Messages.EventsLimit, MaxLimit);
    }
}
