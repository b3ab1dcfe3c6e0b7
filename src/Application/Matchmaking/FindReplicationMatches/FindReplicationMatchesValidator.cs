using FluentValidation;
using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Localization;
using Jipp.Application.Common.Validation;

namespace Jipp.Application.Matchmaking.FindReplicationMatches;

public sealed class FindReplicationMatchesValidator : AbstractValidator<FindReplicationMatches>
{
    public FindReplicationMatchesValidator(IReferenceCodes codes)
    {
        RuleFor(q => q.Problem).RequiredText(MatchmakingLimits.ProblemMaxLength)
            .Must(p => p is null || !p.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'))).WithMessage(Messages.NoControlCharacters);
        RuleFor(q => q.Sector)
            .MaximumLength(50)
            .MustAsync(async (code, ct) => code is null || await codes.IsSectorAsync(code, ct))
            .WithMessage(Messages.UnknownSector);
        RuleFor(q => q.ProvinceCode)
            .ProvinceCodeFormat()
            .DependentRules(() => RuleFor(q => q.ProvinceCode)
                .MustAsync(async (code, ct) => code is null || await codes.IsProvinceAsync(code, ct))
                .WithMessage(Messages.UnknownProvince));
        RuleFor(q => q.Limit).InclusiveBetween(1, MatchmakingLimits.MaxLimit).WithMessage(Messages.EventsLimit, MatchmakingLimits.MaxLimit);
    }
}
