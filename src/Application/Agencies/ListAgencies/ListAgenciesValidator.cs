using FluentValidation;
using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Localization;
using Jipp.Application.Common.Validation;

namespace Jipp.Application.Agencies.ListAgencies;

public sealed class ListAgenciesValidator : AbstractValidator<ListAgencies>
{
    public ListAgenciesValidator(IReferenceCodes codes)
    {
        RuleFor(q => q.PageSize).ValidPageSize();
        RuleFor(q => q.Type).IsInEnum().WithMessage(Messages.UnknownAgencyType);
        RuleFor(q => q.Cursor).ValidCursor<ListAgencies, AgencyCursor>();
        RuleFor(q => q.Q).MaximumLength(100).WithMessage(Messages.FieldMaxLength, "q", 100);
        RuleFor(q => q.ProvinceCode)
            .ProvinceCodeFormat()
            .DependentRules(() => RuleFor(q => q.ProvinceCode)
                .MustAsync(async (code, ct) => code is null || await codes.IsProvinceAsync(code, ct))
                .WithMessage(Messages.UnknownProvince));
    }
}
