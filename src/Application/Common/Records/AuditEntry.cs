namespace Jipp.Application.Common.Records;

/// <summary>Who changed what, when, written in the same transaction as the change.</summary>
public sealed class AuditEntry
{
    public Guid Id { get; init; }

    /// <summary>The API client that made the change; null for the service itself.</summary>
    public Guid? ClientId { get; init; }

    /// <summary>The use case, such as <c>SubmitInnovation</c>.</summary>
    public required string Action { get; init; }

    /// <summary>What kind of resource changed, such as <c>innovation</c>.</summary>
    public required string SubjectType { get; init; }

    public required string SubjectId { get; init; }

    /// <summary>added, modified or deleted.</summary>
    public required string Change { get; init; }

    public DateTimeOffset OccurredAt { get; init; }

    public string? TraceId { get; init; }
}
