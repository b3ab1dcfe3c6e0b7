using FluentValidation;
using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Localization;
using Jipp.Application.Common.Validation;
using Jipp.Domain.Agencies;

namespace Jipp.Application.Agencies.RegisterAgency;

public sealed class RegisterAgencyValidator : AbstractValidator<RegisterAgency>
{
    public RegisterAgencyValidator(IReferenceCodes codes)
    {
        RuleFor(c => c.Name).RequiredText(Agency.NameMaxLength);
        RuleFor(c => c.Type).IsInEnum();
        RuleFor(c => c.ProvinceCode)
            .NotEmpty().When(c => c.Type == AgencyType.RegionOwnedEnterprise && c.RegencyCode is null)
            .WithMessage(Messages.RegionOwnedEnterpriseProvince);
        RuleFor(c => c.ProvinceCode)
            .ProvinceCodeFormat()
            .DependentRules(() => RuleFor(c => c.ProvinceCode)
                .MustAsync(async (code, ct) => code is null || await codes.IsProvinceAsync(code, ct))
                .WithMessage(Messages.UnknownProvince));
        RuleFor(c => c.RegencyCode)
            .RegencyCodeFormat()
            .DependentRules(() => RuleFor(c => c.RegencyCode)
                .MustAsync(async (code, ct) => code is null || await codes.IsRegencyAsync(code, ct))
                .WithMessage(Messages.UnknownRegency));
        RuleFor(c => c.RegencyCode)
            .Must((c, code) => code is null || c.ProvinceCode is null || code.StartsWith(c.ProvinceCode + ".", StringComparison.Ordinal))
            .WithMessage(Messages.RegencyWithinProvince);
    }
}
