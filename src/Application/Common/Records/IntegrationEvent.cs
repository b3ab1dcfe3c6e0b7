namespace Jipp.Application.Common.Records;

/// <summary>
/// An event for other government systems (transactional outbox). The database gives each a
/// sequence in commit order, so a reader polling with <c>after</c> never misses one.
/// </summary>
public sealed class IntegrationEvent
{
    public Guid Id { get; init; }

    /// <summary>Strictly increasing in commit order; assigned by the database.</summary>
    public long Sequence { get; init; }

    /// <summary>Such as <c>innovation.published</c>.</summary>
    public required string Type { get; init; }

    public DateTimeOffset OccurredAt { get; init; }

    public required string SubjectType { get; init; }

    public required string SubjectId { get; init; }

    /// <summary>The facts of the event as JSON: ids, codes and states, never personal data.</summary>
    public required string Data { get; init; }
}
