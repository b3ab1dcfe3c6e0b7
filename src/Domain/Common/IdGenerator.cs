namespace Jipp.Domain.Common;

/// <summary>Identifiers are UUID v7: time-ordered, so keyset paging by id follows creation order.</summary>
public static class IdGenerator
{
    public static Guid NewId() => Guid.CreateVersion7();
}
