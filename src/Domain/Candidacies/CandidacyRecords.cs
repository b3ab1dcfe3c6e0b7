using Jipp.Domain.Agencies;

namespace Jipp.Domain.Candidacies;

/// <summary>Where a province is on its way to becoming a Hub JIPP.</summary>
public enum CandidacyState
{
    /// <summary>Shortlisted by the ministry for its track record.</summary>
    Shortlisted,

    /// <summary>Invited to the readiness coordination meeting.</summary>
    Invited,

    /// <summary>Declared its willingness (kesediaan).</summary>
    Willing,

    /// <summary>Declined the invitation.</summary>
    Declined,

    /// <summary>Signed the joint commitment (komitmen bersama).</summary>
    Committed,

    /// <summary>Submitted its readiness evidence.</summary>
    ReadinessSubmitted,

    /// <summary>Assessed by the ministry against the three criteria.</summary>
    Assessed,

    /// <summary>Designated a Hub JIPP by decree.</summary>
    Designated,

    /// <summary>Rejected by the ministry.</summary>
    Rejected,

    /// <summary>Withdrawn by the candidate.</summary>
    Withdrawn,
}

/// <summary>How the readiness coordination meeting is held.</summary>
public enum MeetingFormat
{
    /// <summary>Daring.</summary>
    Virtual,

    /// <summary>Luring (tatap muka).</summary>
    InPerson,
}

/// <summary>One of the ministry's three selection criteria for a hub.</summary>
public enum SelectionCriterion
{
    /// <summary>Strong commitment of the provincial government, including in its regencies and cities.</summary>
    Commitment,

    /// <summary>Innovations that can be developed in the province's leading sectors.</summary>
    InnovationPotential,

    /// <summary>Support from the bureaucracy and from stakeholders outside government.</summary>
    StakeholderSupport,
}

/// <summary>The province's record in fostering innovation, from the registry.</summary>
public sealed record TrackRecord(int PublishedInnovations, int RegenciesWithInnovations, int RegenciesTotal, decimal RegencyCoverage, int SectorsCovered, DateTimeOffset ComputedAt);

public sealed record Invitation(DateOnly MeetingOn, MeetingFormat Format, DateTimeOffset InvitedAt);

public sealed record Willingness(bool Willing, string? StatementRef, DateTimeOffset AnsweredAt);

public sealed record Commitment(DateOnly SignedOn, string DocumentRef, DateTimeOffset RecordedAt);

public sealed record LeadershipCommitment(string? RegulationRef, bool BudgetAllocated, bool InnovationUnit);

public sealed record BureaucracyLiaison(string? Name, string? Position);

/// <summary>A supporting institution named in the readiness submission.</summary>
public sealed record ReadinessPartner(Guid? AgencyId, string Name, AgencyType Type, string? SupportStatementRef);

public sealed record Readiness(
    LeadershipCommitment LeadershipCommitment,
    IReadOnlyList<string> LeadingSectors,
    BureaucracyLiaison BureaucracyLiaison,
    IReadOnlyList<ReadinessPartner> Partners,
    DateTimeOffset SubmittedAt);

public sealed record Scores(int Commitment, int InnovationPotential, int StakeholderSupport);

public sealed record CriterionResult(SelectionCriterion Criterion, bool Met, IReadOnlyList<CriterionReason> Reasons);

/// <summary>
/// How one condition of a criterion stands: <see cref="Code"/> names the condition (one of
/// <see cref="SelectionConditions"/>), <see cref="Value"/> and <see cref="Minimum"/> are the figures it
/// compares, if any (a count, a score, a ratio). Stored so; the API words it in the caller's language.
/// </summary>
public sealed record CriterionReason(string Code, bool Met, decimal? Value = null, decimal? Minimum = null);

public sealed record Assessment(Scores Scores, string? Notes, IReadOnlyList<CriterionResult> Criteria, DateTimeOffset AssessedAt);

public sealed record Designation(string DecreeNumber, DateOnly DesignatedOn, DateTimeOffset RecordedAt);

/// <summary>Why a candidacy ended early: a rejection by the ministry or a withdrawal by the candidate.</summary>
public sealed record Closure(string Reason, DateTimeOffset At);
