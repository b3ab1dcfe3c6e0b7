using System.Text.RegularExpressions;
using FluentValidation;
using Jipp.Application.Common.Localization;
using Jipp.Application.Common.Paging;

namespace Jipp.Application.Common.Validation;

/// <summary>Rules shared by many validators, so that the same input gets the same message everywhere.</summary>
public static partial class ValidationRules
{
    /// <summary>A message in the language of the request being validated, with its numbered placeholders filled in.</summary>
    public static IRuleBuilderOptions<T, TProperty> WithMessage<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule, Phrase message, params object?[] arguments) =>
        rule.WithMessage(_ => message.Format(arguments));

    public static IRuleBuilderOptions<T, int> ValidPageSize<T>(this IRuleBuilder<T, int> rule) =>
        rule.InclusiveBetween(1, PageLimits.Max).WithMessage(Messages.PageSize, PageLimits.Max);

    public static IRuleBuilderOptions<T, string?> ValidCursor<T, TPosition>(this IRuleBuilder<T, string?> rule)
        where TPosition : class =>
        rule.Must(c => c is null || Cursor.TryDecode<TPosition>(c, out _))
            .WithMessage(Messages.CursorInvalid);

    public static IRuleBuilderOptions<T, string?> ProvinceCodeFormat<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(c => c is null || ProvinceCodePattern().IsMatch(c))
            .WithMessage(Messages.ProvinceCodeFormat);

    public static IRuleBuilderOptions<T, string?> RegencyCodeFormat<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(c => c is null || RegencyCodePattern().IsMatch(c))
            .WithMessage(Messages.RegencyCodeFormat);

    public static IRuleBuilderOptions<T, string> RequiredText<T>(this IRuleBuilder<T, string> rule, int maxLength) =>
        rule.NotEmpty().WithMessage(Messages.Required)
            .Must(s => s is null || s.Trim().Length > 0).WithMessage(Messages.NotBlank)
            .MaximumLength(maxLength).WithMessage(Messages.MaxLength, maxLength);

    [GeneratedRegex(@"^\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex ProvinceCodePattern();

    [GeneratedRegex(@"^\d{2}\.\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex RegencyCodePattern();
}
