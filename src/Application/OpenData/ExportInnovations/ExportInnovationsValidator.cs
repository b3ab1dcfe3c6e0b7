using FluentValidation;
using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Localization;
using Jipp.Application.Common.Validation;

namespace Jipp.Application.OpenData.ExportInnovations;

public sealed class ExportInnovationsValidator : AbstractValidator<ExportInnovations>
{
    public ExportInnovationsValidator(IReferenceCodes codes)
    {
        RuleFor(q => q.ProvinceCode)
            .ProvinceCodeFormat()
            .DependentRules(() => RuleFor(q => q.ProvinceCode)
                .MustAsync(async (code, ct) => code is null || await codes.IsProvinceAsync(code, ct))
                .WithMessage(Messages.UnknownProvince));
        RuleFor(q => q.Sector)
            .MaximumLength(50).WithMessage(Messages.FieldMaxLength, "sector", 50)
            .MustAsync(async (code, ct) => code is null || code.Length > 50 || await codes.IsSectorAsync(code, ct))
            .WithMessage(Messages.UnknownSector);
        RuleFor(q => q.PublishedFrom)
            .Must(d => d is null || d.Value.Year is >= 2000 and <= 2100).WithMessage(OpenDataMessages.PublishedDateBetween, "publishedFrom");
        RuleFor(q => q.PublishedTo)
            .Must(d => d is null || d.Value.Year is >= 2000 and <= 2100).WithMessage(OpenDataMessages.PublishedDateBetween, "publishedTo")
            .Must((q, to) => to is null || q.PublishedFrom is null || q.PublishedFrom <= to).WithMessage(OpenDataMessages.PublishedToBeforeFrom);
    }
}
