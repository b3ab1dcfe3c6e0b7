using FluentValidation;
using Jipp.Application.Common.Localization;
using Jipp.Application.Common.Validation;

namespace Jipp.Application.Audit.ListAudit;

public sealed class ListAuditValidator : AbstractValidator<ListAudit>
{
    public ListAuditValidator()
    {
        RuleFor(q => q.PageSize).ValidPageSize();
        RuleFor(q => q.Cursor).ValidCursor<ListAudit, AuditCursor>();
        RuleFor(q => q.SubjectId).MaximumLength(100);

        // PostgreSQL text cannot hold NUL: without this rule such a value reached the database and failed there (500).
        RuleFor(q => q.SubjectId).Must(s => s is null || !s.Any(char.IsControl)).WithMessage(Messages.NoControlCharacters);
    }
}
