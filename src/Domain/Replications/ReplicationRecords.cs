using Jipp.Domain.Candidacies;

namespace Jipp.Domain.Replications;

/// <summary>Where a replication request (permohonan replikasi) stands.</summary>
public enum ReplicationState
{
    /// <summary>Requested by the adopting agency (minat).</summary>
    Submitted,

    /// <summary>Verified by the facilitating hub or the ministry.</summary>
    Verified,

    /// <summary>Owner and requester agreed (kesepakatan).</summary>
    Agreed,

    /// <summary>Being implemented with mentoring (pendampingan).</summary>
    InImplementation,

    /// <summary>Completed; the requester's adaptation is registered.</summary>
    Completed,

    /// <summary>Not approved at verification.</summary>
    Rejected,

    /// <summary>Cancelled by the requester.</summary>
    Cancelled,
}

public sealed record ReplicationVerification(bool Approved, string? Notes, DateTimeOffset At);

public sealed record ReplicationAgreement(DateOnly AgreedOn, string DocumentRef, DateTimeOffset At);

/// <summary>A mentoring session (pendampingan) in which the hub or the owner guides the requester.</summary>
public sealed record MentoringSession(Guid Id, DateOnly HeldOn, MeetingFormat Format, IReadOnlyList<string> Topics, string? Notes, DateTimeOffset RecordedAt);

public sealed record ReplicationCompletion(DateOnly CompletedOn, string ResultsSummary, DateTimeOffset At);
