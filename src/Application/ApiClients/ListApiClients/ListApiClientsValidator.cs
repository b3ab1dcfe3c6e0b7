using FluentValidation;
using Jipp.Application.Common.Localization;
using Jipp.Application.Common.Validation;

namespace Jipp.Application.ApiClients.ListApiClients;

public sealed class ListApiClientsValidator : AbstractValidator<ListApiClients>
{
    public ListApiClientsValidator()
    {
        RuleFor(q => q.PageSize).ValidPageSize();
        RuleFor(q => q.Role).IsInEnum().WithMessage(Messages.UnknownRole);
        RuleFor(q => q.Cursor).ValidCursor<ListApiClients, ApiClientCursor>();
    }
}
