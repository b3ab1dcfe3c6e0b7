namespace Jipp.Application.Common.Paging;

/// <summary>One page of a list. <see cref="NextCursor"/> is null on the last page.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor);

public static class Page
{
    /// <summary>A complete list that is not paged, in the same envelope as paged lists.</summary>
    public static Page<T> All<T>(IReadOnlyList<T> items) => new(items, null);
}

public static class PageLimits
{
    public const int Default = 20;
    public const int Max = 100;
}
