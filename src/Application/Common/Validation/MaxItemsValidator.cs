using System.Collections;
using FluentValidation;
using FluentValidation.Validators;

namespace Jipp.Application.Common.Validation;

/// <summary>
/// At most <see cref="Max"/> items in a list (none counts as empty). A validator of its own rather
/// than a <c>Must</c>, so that the OpenAPI document can read the bound and declare it as <c>maxItems</c>.
/// </summary>
public sealed class MaxItemsValidator<T, TCollection>(int max) : PropertyValidator<T, TCollection>, IMaxItemsValidator
    where TCollection : IEnumerable?
{
    public int Max { get; } = max;

    public override string Name => "MaxItemsValidator";

    public override bool IsValid(ValidationContext<T> context, TCollection value) =>
        value is null || (value is ICollection collection ? collection.Count : value.Cast<object?>().Count()) <= Max;

    protected override string GetDefaultMessageTemplate(string errorCode) => "{PropertyName} must not have more than " + Max + " items.";
}

/// <summary>A bound on the number of items of a list, whatever the type of its items.</summary>
public interface IMaxItemsValidator
{
    int Max { get; }
}
