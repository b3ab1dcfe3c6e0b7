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

    /// <summary>At most <paramref name="max"/> items; the OpenAPI document declares it as <c>maxItems</c>.</summary>
    public static IRuleBuilderOptions<T, TCollection> MaxItems<T, TCollection>(this IRuleBuilder<T, TCollection> rule, int max)
        where TCollection : System.Collections.IEnumerable? =>
        rule.SetValidator(new MaxItemsValidator<T, TCollection>(max));

    // The length rules come first and as MaximumLength, so that the OpenAPI document can declare
    // them; the format check then passes what they already refused, so a value gets one message.
    public static IRuleBuilderOptions<T, string?> ValidCursor<T, TPosition>(this IRuleBuilder<T, string?> rule)
        where TPosition : class =>
        rule.MaximumLength(Cursor.MaxLength).WithMessage(Messages.MaxLength, Cursor.MaxLength)
            .Must(c => c is null || c.Length > Cursor.MaxLength || Cursor.TryDecode<TPosition>(c, out _))
            .WithMessage(Messages.CursorInvalid);

    public const int ProvinceCodeLength = 2;
    public const int RegencyCodeLength = 5;

    public static IRuleBuilderOptions<T, string?> ProvinceCodeFormat<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(ProvinceCodeLength).WithMessage(Messages.MaxLength, ProvinceCodeLength)
            .Must(c => c is null || c.Length > ProvinceCodeLength || ProvinceCodePattern().IsMatch(c))
            .WithMessage(Messages.ProvinceCodeFormat);

    public static IRuleBuilderOptions<T, string?> RegencyCodeFormat<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(RegencyCodeLength).WithMessage(Messages.MaxLength, RegencyCodeLength)
            .Must(c => c is null || c.Length > RegencyCodeLength || RegencyCodePattern().IsMatch(c))
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
