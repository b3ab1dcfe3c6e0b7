using System.Globalization;
using System.Reflection;
using FluentValidation;
using FluentValidation.Validators;
using Jipp.Application.Common.Validation;

namespace Jipp.Api.OpenApi;

/// <summary>
/// The limits that the FluentValidation validators enforce, read from the validators themselves
/// (<see cref="IValidator.CreateDescriptor"/>), so that the OpenAPI document declares exactly the
/// bounds the service applies: <c>MaximumLength</c> → <c>maxLength</c>, <c>InclusiveBetween</c> and
/// <c>GreaterThanOrEqualTo</c>/<c>LessThanOrEqualTo</c> → <c>minimum</c>/<c>maximum</c>,
/// <see cref="ValidationRules.MaxItems{T, TCollection}"/> → <c>maxItems</c>. A rule applies to the
/// property it names, whichever message it sits in (<c>c.Input.Scores.Commitment</c> bounds
/// <c>ScoresInput.commitment</c>); a <c>RuleForEach</c> bounds the items of a list.
/// </summary>
public sealed class ValidatorBounds
{
    private readonly Dictionary<(Type Type, string Property, bool Items), Bound> _bounds = [];

    /// <summary>What a rule says about one property (or about each item of it).</summary>
    public sealed class Bound
    {
        public int? MaxLength { get; internal set; }

        public decimal? Minimum { get; internal set; }

        public decimal? Maximum { get; internal set; }

        public int? MaxItems { get; internal set; }
    }

    /// <summary>Reads every validator of the Application layer, resolved as the service resolves them.</summary>
    public static ValidatorBounds Read(IServiceProvider services)
    {
        var serviceTypes = typeof(Jipp.Application.DependencyInjection).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false })
            .SelectMany(t => t.GetInterfaces())
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>))
            .Distinct();

        var bounds = new ValidatorBounds();
        using var scope = services.CreateScope();
        var seen = new HashSet<IValidator>(ReferenceEqualityComparer.Instance);
        foreach (var serviceType in serviceTypes)
        {
            foreach (var validator in scope.ServiceProvider.GetServices(serviceType).OfType<IValidator>())
            {
                bounds.Add(validator, seen);
            }
        }

        return bounds;
    }

    /// <summary>The bound of a property of <paramref name="type"/> (or of each of its items), if a validator sets one.</summary>
    public Bound? Of(Type type, string property, bool items = false)
    {
        for (var t = type; t is not null; t = t.BaseType)
        {
            if (_bounds.TryGetValue((t, property, items), out var bound))
            {
                return bound;
            }
        }

        return null;
    }

    /// <summary>The types whose properties some validator bounds, by name (a message named like its operation).</summary>
    public IEnumerable<Type> TypesNamed(string name) => _bounds.Keys.Select(k => k.Type).Distinct().Where(t => t.Name == name);

    private void Add(IValidator validator, HashSet<IValidator> seen)
    {
        if (!seen.Add(validator))
        {
            return;
        }

        foreach (var rule in validator.CreateDescriptor().Rules)
        {
            AddRule(rule, seen);
        }
    }

    private void AddRule(IValidationRule rule, HashSet<IValidator> seen)
    {
        foreach (var dependent in rule.DependentRules ?? [])
        {
            AddRule(dependent, seen);
        }

        if (rule.Member is not PropertyInfo property || property.DeclaringType is null)
        {
            return;
        }

        var items = rule.GetType().GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollectionRule<,>));
        foreach (var component in rule.Components)
        {
            switch (component.Validator)
            {
                case ILengthValidator { Max: > 0 } length:
                    Update(property, items, b => b.MaxLength = Math.Min(b.MaxLength ?? int.MaxValue, length.Max));
                    break;
                case IMaxItemsValidator maxItems:
                    Update(property, items, b => b.MaxItems = Math.Min(b.MaxItems ?? int.MaxValue, maxItems.Max));
                    break;
                case IBetweenValidator between when component.Validator.GetType().Name.StartsWith("InclusiveBetween", StringComparison.Ordinal):
                    Update(property, items, b => (b.Minimum, b.Maximum) = (Max(b.Minimum, Number(between.From)), Min(b.Maximum, Number(between.To))));
                    break;
                case IComparisonValidator { ValueToCompare: { } value, Comparison: Comparison.GreaterThanOrEqual }:
                    Update(property, items, b => b.Minimum = Max(b.Minimum, Number(value)));
                    break;
                case IComparisonValidator { ValueToCompare: { } value, Comparison: Comparison.LessThanOrEqual }:
                    Update(property, items, b => b.Maximum = Min(b.Maximum, Number(value)));
                    break;
                case IChildValidatorAdaptor child when ChildValidator(child) is { } nested:
                    Add(nested, seen);
                    break;
                default:
                    break;
            }
        }
    }

    private void Update(PropertyInfo property, bool items, Action<Bound> change)
    {
        var key = (property.DeclaringType!, property.Name, items);
        if (!_bounds.TryGetValue(key, out var bound))
        {
            _bounds[key] = bound = new Bound();
        }

        change(bound);
    }

    /// <summary>The validator of <c>SetValidator(…)</c> or <c>ChildRules(…)</c>, when it is one fixed instance.</summary>
    private static IValidator? ChildValidator(IChildValidatorAdaptor adaptor)
    {
        var method = adaptor.GetType().GetMethod("GetValidator", BindingFlags.Public | BindingFlags.Instance);
        var parameters = method?.GetParameters();
        if (parameters is not { Length: 2 })
        {
            return null;
        }

        // The adaptor asks for a context; a fixed child validator does not depend on it.
        var context = Activator.CreateInstance(parameters[0].ParameterType, [null]);
        var value = parameters[1].ParameterType.IsValueType ? Activator.CreateInstance(parameters[1].ParameterType) : null;
        return method!.Invoke(adaptor, [context, value]) as IValidator;
    }

    /// <summary>A bound a schema can state: a number (a date compared with <c>GreaterThanOrEqualTo</c> is not one).</summary>
    private static decimal? Number(object? value) =>
        value is byte or sbyte or short or ushort or int or uint or long or ulong or float or double or decimal
            ? Convert.ToDecimal(value, CultureInfo.InvariantCulture)
            : null;

    private static decimal? Max(decimal? a, decimal? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);

    private static decimal? Min(decimal? a, decimal? b) => a is null ? b : b is null ? a : Math.Min(a.Value, b.Value);
}
