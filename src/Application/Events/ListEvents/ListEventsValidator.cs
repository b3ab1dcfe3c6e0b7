using FluentValidation;

namespace Jipp.Application.Events.ListEvents;

public sealed class ListEventsValidator : AbstractValidator<ListEvents>
{
    public const int MaxLimit = 1000;

    public ListEventsValidator()
    {
        RuleFor(q => q.After).GreaterThanOrEqualTo(0).WithMessage("after must be 0 or a sequence you received.");
        RuleFor(q => q.Limit).InclusiveBetween(1, MaxLimit).WithMessage($"limit must be between 1 and {MaxLimit}.");
    }
}
