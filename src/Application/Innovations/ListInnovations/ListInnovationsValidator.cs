using FluentValidation;
using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Paging;
using Jipp.Application.Common.Validation;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Application.Innovations.ListInnovations;

public sealed class ListInnovationsValidator : AbstractValidator<ListInnovations>
{
    public ListInnovationsValidator(IJippDbContext db)
    {
        RuleFor(q => q.PageSize).ValidPageSize();
        RuleFor(q => q.Cursor).ValidCursor<ListInnovations, InnovationCursor>();
        RuleFor(q => q.Cursor)
            .Must((q, c) => !Cursor.TryDecode<InnovationCursor>(c, out var position) || position.Rank is null == string.IsNullOrWhiteSpace(q.Q))
            .WithMessage("cursor belongs to another list; page with the same q and filters as the page that gave it.");
        RuleFor(q => q.Q).MaximumLength(200).WithMessage("q must be at most 200 characters.");
        RuleFor(q => q.MaturityStage).IsInEnum().WithMessage("maturityStage is not a known stage.");
        RuleFor(q => q.State).IsInEnum().WithMessage("state is not a known state.");
        RuleFor(q => q.StartedTo)
            .Must((q, to) => to is null || q.StartedFrom is null || q.StartedFrom <= to)
            .WithMessage("startedTo cannot be before startedFrom.");
        RuleFor(q => q.ProvinceCode)
            .ProvinceCodeFormat()
            .DependentRules(() => RuleFor(q => q.ProvinceCode)
                .MustAsync(async (code, ct) => code is null || await db.Provinces.AnyAsync(p => p.Code == code, ct))
                .WithMessage("provinceCode '{PropertyValue}' is not a known province."));
        RuleFor(q => q.RegencyCode)
            .RegencyCodeFormat()
            .DependentRules(() => RuleFor(q => q.RegencyCode)
                .MustAsync(async (code, ct) => code is null || await db.Regencies.AnyAsync(r => r.Code == code, ct))
                .WithMessage("regencyCode '{PropertyValue}' is not a known regency or city."));
        RuleFor(q => q.Sector)
            .MaximumLength(50)
            .MustAsync(async (code, ct) => code is null || await db.Sectors.AnyAsync(s => s.Code == code, ct))
            .WithMessage("sector '{PropertyValue}' is not a known sector code; see GET /api/v1/sectors.");
    }
}
