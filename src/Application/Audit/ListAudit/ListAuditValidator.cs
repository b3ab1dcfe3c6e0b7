using FluentValidation;
using Jipp.Application.Common.Validation;

namespace Jipp.Application.Audit.ListAudit;

public sealed class ListAuditValidator : AbstractValidator<ListAudit>
{
    public ListAuditValidator()
    {
        RuleFor(q => q.PageSize).ValidPageSize();
        RuleFor(q => q.Cursor).ValidCursor<ListAudit, AuditCursor>();
        RuleFor(q => q.SubjectId).MaximumLength(100);
    }
}
