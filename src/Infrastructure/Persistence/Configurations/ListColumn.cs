using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Jipp.Infrastructure.Persistence.Configurations;

/// <summary>
/// The change check of the list columns (<c>text[]</c>, <c>uuid[]</c>): element by element, through plain methods.
/// EF Core's own comparer for a primitive collection holds the element comparer as a nested lambda, and a compiled
/// expression makes a new delegate of a nested lambda each time it runs (<c>DynamicMethod.CreateDelegate</c>, a few
/// per cent of a registration's CPU in the profile, since every change check of an innovation compares its evidence
/// links).
/// </summary>
internal static class ListColumn
{
    public static void UseElementwiseComparers(this ModelBuilder modelBuilder)
    {
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetProperties()))
        {
            if (property.ClrType == typeof(List<string>))
            {
                property.SetValueComparer(Comparer<string>());
            }
            else if (property.ClrType == typeof(List<Guid>))
            {
                property.SetValueComparer(Comparer<Guid>());
            }
        }
    }

    private static ValueComparer<List<T>> Comparer<T>() => new(
        (a, b) => ListValues.Equal(a, b),
        list => ListValues.Hash(list),
        list => ListValues.Copy(list));
}

/// <summary>Public because the compiled model (CompiledModel/) refers to it from generated code.</summary>
public static class ListValues
{
    public static bool Equal<T>(List<T>? a, List<T>? b) =>
        ReferenceEquals(a, b) || (a is not null && b is not null && a.SequenceEqual(b));

    public static int Hash<T>(List<T>? list)
    {
        var hash = default(HashCode);
        foreach (var item in list ?? [])
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    public static List<T> Copy<T>(List<T>? list) => list is null ? null! : [.. list];
}
