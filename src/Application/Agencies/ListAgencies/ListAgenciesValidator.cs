using FluentValidation;
using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Validation;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Application.Agencies.ListAgencies;

public sealed class ListAgenciesValidator : AbstractValidator<ListAgencies>
{
    public ListAgenciesValidator(IJippDbContext db)
    {
        RuleFor(q => q.PageSize).ValidPageSize();
        RuleFor(q => q.Type).IsInEnum().WithMessage("type is not a known agency type.");
        RuleFor(q => q.Cursor).ValidCursor<ListAgencies, AgencyCursor>();
        RuleFor(q => q.Q).MaximumLength(100).WithMessage("q must be at most 100 characters.");
        RuleFor(q => q.ProvinceCode)
            .ProvinceCodeFormat()
            .DependentRules(() => RuleFor(q => q.ProvinceCode)
                .MustAsync(async (code, ct) => code is null || await db.Provinces.AnyAsync(p => p.Code == code, ct))
                .WithMessage("provinceCode '{PropertyValue}' is not a known province."));
    }
}
