using System.Text.RegularExpressions;
using FluentValidation;
using Jipp.Application.Common.Paging;

namespace Jipp.Application.Common.Validation;

/// <summary>Rules shared by many validators, so that the same input gets the same message everywhere.</summary>
public static partial class ValidationRules
{
    public static IRuleBuilderOptions<T, int> ValidPageSize<T>(this IRuleBuilder<T, int> rule) =>
        rule.InclusiveBetween(1, PageLimits.Max).WithMessage($"pageSize must be between 1 and {PageLimits.Max}.");

    public static IRuleBuilderOptions<T, string?> ValidCursor<T, TPosition>(this IRuleBuilder<T, string?> rule)
        where TPosition : class =>
        rule.Must(c => c is null || Cursor.TryDecode<TPosition>(c, out _))
            .WithMessage("cursor is not valid; pass the nextCursor of the previous page unchanged.");

    public static IRuleBuilderOptions<T, string?> ProvinceCodeFormat<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(c => c is null || ProvinceCodePattern().IsMatch(c))
            .WithMessage("'{PropertyName}' must be a two-digit Kemendagri province code such as \"35\".");

    public static IRuleBuilderOptions<T, string?> RegencyCodeFormat<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(c => c is null || RegencyCodePattern().IsMatch(c))
            .WithMessage("'{PropertyName}' must be a Kemendagri regency or city code such as \"35.78\".");

    public static IRuleBuilderOptions<T, string> RequiredText<T>(this IRuleBuilder<T, string> rule, int maxLength) =>
        rule.NotEmpty().WithMessage("'{PropertyName}' is required.")
            .Must(s => s is null || s.Trim().Length > 0).WithMessage("'{PropertyName}' must not be blank.")
            .MaximumLength(maxLength).WithMessage($"'{{PropertyName}}' must be at most {maxLength} characters.");

    [GeneratedRegex(@"^\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex ProvinceCodePattern();

    [GeneratedRegex(@"^\d{2}\.\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex RegencyCodePattern();
}
