using FluentValidation;
using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Localization;
using Jipp.Application.Common.Validation;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Application.Agencies.ListAgencies;

public sealed class ListAgenciesValidator : AbstractValidator<ListAgencies>
{
    public ListAgenciesValidator(IJippDbContext db)
    {
        RuleFor(q => q.PageSize).ValidPageSize();
        RuleFor(q => q.Type).IsInEnum().WithMessage(Messages.UnknownAgencyType);
        RuleFor(q => q.Cursor).ValidCursor<ListAgencies, AgencyCursor>();
        RuleFor(q => q.Q).MaximumLength(100).WithMessage(Messages.FieldMaxLength, "q", 100);
        RuleFor(q => q.ProvinceCode)
            .ProvinceCodeFormat()
            .DependentRules(() => RuleFor(q => q.ProvinceCode)
                .MustAsync(async (code, ct) => code is null || await db.Provinces.AnyAsync(p => p.Code == code, ct))
                .WithMessage(Messages.UnknownProvince));
    }
}
