using FluentValidation;
using Jipp.Application.Common.Localization;
using Jipp.Application.Common.Validation;

namespace Jipp.Application.Replications.ListReplicationRequests;

public sealed class ListReplicationRequestsValidator : AbstractValidator<ListReplicationRequests>
{
    public ListReplicationRequestsValidator()
    {
        RuleFor(q => q.PageSize).ValidPageSize();
        RuleFor(q => q.Cursor).ValidCursor<ListReplicationRequests, ReplicationCursor>();
        RuleFor(q => q.State).IsInEnum().WithMessage(Messages.UnknownReplicationState);
    }
}
