using FluentValidation;
using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Localization;
using Jipp.Application.Common.Paging;
using Jipp.Application.Common.Validation;

namespace Jipp.Application.Innovations.ListInnovations;

public sealed class ListInnovationsValidator : AbstractValidator<ListInnovations>
{
    public ListInnovationsValidator(IReferenceCodes codes)
    {
        RuleFor(q => q.PageSize).ValidPageSize();
        RuleFor(q => q.Cursor)
            .MaximumLength(Cursor.MaxLength).WithMessage(Messages.MaxLength, Cursor.MaxLength)
            .Must(c => c is null || c.Length > Cursor.MaxLength || Cursor.TryDecode<InnovationCursor>(c, out _) || Cursor.TryDecode<SearchCursor>(c, out _))
            .WithMessage(Messages.CursorInvalid)
            .DependentRules(() => RuleFor(q => q.Cursor)
                .Must((q, c) => c is null || (string.IsNullOrWhiteSpace(q.Q)
                    ? Cursor.TryDecode<InnovationCursor>(c, out var position) && position.Rank is null
                    : Cursor.TryDecode<SearchCursor>(c, out var searched) && searched.InTitle is null == searched.Rank is null))
                .WithMessage(Messages.CursorOfAnotherList));
        RuleFor(q => q.Q).MaximumLength(200).WithMessage(Messages.FieldMaxLength, "q", 200);
        RuleFor(q => q.MaturityStage).IsInEnum().WithMessage(Messages.UnknownMaturityStage);
        RuleFor(q => q.State).IsInEnum().WithMessage(Messages.UnknownState);
        RuleFor(q => q.StartedTo)
            .Must((q, to) => to is null || q.StartedFrom is null || q.StartedFrom <= to)
            .WithMessage(Messages.StartedToBeforeFrom);
        RuleFor(q => q.ProvinceCode)
            .ProvinceCodeFormat()
            .DependentRules(() => RuleFor(q => q.ProvinceCode)
                .MustAsync(async (code, ct) => code is null || await codes.IsProvinceAsync(code, ct))
                .WithMessage(Messages.UnknownProvince));
        RuleFor(q => q.RegencyCode)
            .RegencyCodeFormat()
            .DependentRules(() => RuleFor(q => q.RegencyCode)
                .MustAsync(async (code, ct) => code is null || await codes.IsRegencyAsync(code, ct))
                .WithMessage(Messages.UnknownRegency));
        RuleFor(q => q.Sector)
            .MaximumLength(50)
            .MustAsync(async (code, ct) => code is null || await codes.IsSectorAsync(code, ct))
            .WithMessage(Messages.UnknownSector);
    }
}
