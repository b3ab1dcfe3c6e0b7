using FluentValidation;
using Jipp.Application.Common.Validation;

namespace Jipp.Application.ApiClients.ListApiClients;

public sealed class ListApiClientsValidator : AbstractValidator<ListApiClients>
{
    public ListApiClientsValidator()
    {
        RuleFor(q => q.PageSize).ValidPageSize();
        RuleFor(q => q.Role).IsInEnum().WithMessage("role is not a known role.");
        RuleFor(q => q.Cursor).ValidCursor<ListApiClients, ApiClientCursor>();
    }
}
