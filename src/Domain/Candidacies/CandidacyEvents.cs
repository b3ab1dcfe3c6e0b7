using Jipp.Domain.Common;

namespace Jipp.Domain.Candidacies;

/// <summary>A candidacy moved through its state machine (<paramref name="From"/> is null when it was shortlisted).</summary>
public abstract record CandidacyStateChanged(Guid CandidacyId, Guid AgencyId, string? ProvinceCode, int CohortYear, CandidacyState? From, CandidacyState To, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>The ministry shortlisted a province or central body for a cohort.</summary>
public sealed record CandidacyShortlisted(Guid CandidacyId, Guid AgencyId, string? ProvinceCode, int CohortYear, DateTimeOffset OccurredAt)
    : CandidacyStateChanged(CandidacyId, AgencyId, ProvinceCode, CohortYear, null, CandidacyState.Shortlisted, OccurredAt);

/// <summary>The ministry invited the candidate to the socialisation meeting.</summary>
public sealed record CandidacyInvited(Guid CandidacyId, Guid AgencyId, string? ProvinceCode, int CohortYear, DateOnly MeetingOn, MeetingFormat Format, DateTimeOffset OccurredAt)
    : CandidacyStateChanged(CandidacyId, AgencyId, ProvinceCode, CohortYear, CandidacyState.Shortlisted, CandidacyState.Invited, OccurredAt);

/// <summary>The candidate answered the invitation: willing, or declined.</summary>
public sealed record CandidacyInvitationAnswered(Guid CandidacyId, Guid AgencyId, string? ProvinceCode, int CohortYear, bool Willing, DateTimeOffset OccurredAt)
    : CandidacyStateChanged(CandidacyId, AgencyId, ProvinceCode, CohortYear, CandidacyState.Invited, Willing ? CandidacyState.Willing : CandidacyState.Declined, OccurredAt);

/// <summary>The joint commitment (komitmen bersama) was signed.</summary>
public sealed record CandidacyCommitted(Guid CandidacyId, Guid AgencyId, string? ProvinceCode, int CohortYear, DateOnly SignedOn, DateTimeOffset OccurredAt)
    : CandidacyStateChanged(CandidacyId, AgencyId, ProvinceCode, CohortYear, CandidacyState.Willing, CandidacyState.Committed, OccurredAt);

/// <summary>The candidate submitted its readiness: leadership, sectors, liaison, partners.</summary>
public sealed record CandidacyReadinessSubmitted(Guid CandidacyId, Guid AgencyId, string? ProvinceCode, int CohortYear, DateTimeOffset OccurredAt)
    : CandidacyStateChanged(CandidacyId, AgencyId, ProvinceCode, CohortYear, CandidacyState.Committed, CandidacyState.ReadinessSubmitted, OccurredAt);

/// <summary>The ministry assessed the candidacy against the three criteria (it may assess again until designation).</summary>
public sealed record CandidacyAssessed(Guid CandidacyId, Guid AgencyId, string? ProvinceCode, int CohortYear, CandidacyState Previous, bool AllCriteriaMet, IReadOnlyList<SelectionCriterion> UnmetCriteria, DateTimeOffset OccurredAt)
    : CandidacyStateChanged(CandidacyId, AgencyId, ProvinceCode, CohortYear, Previous, CandidacyState.Assessed, OccurredAt);

/// <summary>The candidate was designated a Hub JIPP by decree.</summary>
public sealed record CandidacyDesignated(Guid CandidacyId, Guid AgencyId, string? ProvinceCode, int CohortYear, Guid HubId, DateTimeOffset OccurredAt)
    : CandidacyStateChanged(CandidacyId, AgencyId, ProvinceCode, CohortYear, CandidacyState.Assessed, CandidacyState.Designated, OccurredAt);

/// <summary>The ministry rejected the candidacy before designation.</summary>
public sealed record CandidacyRejected(Guid CandidacyId, Guid AgencyId, string? ProvinceCode, int CohortYear, CandidacyState Previous, DateTimeOffset OccurredAt)
    : CandidacyStateChanged(CandidacyId, AgencyId, ProvinceCode, CohortYear, Previous, CandidacyState.Rejected, OccurredAt);

/// <summary>The candidate withdrew before designation.</summary>
public sealed record CandidacyWithdrawn(Guid CandidacyId, Guid AgencyId, string? ProvinceCode, int CohortYear, CandidacyState Previous, DateTimeOffset OccurredAt)
    : CandidacyStateChanged(CandidacyId, AgencyId, ProvinceCode, CohortYear, Previous, CandidacyState.Withdrawn, OccurredAt);

/// <summary>The ministry set a cohort's thresholds, or reset them to the defaults.</summary>
public sealed record CohortPolicyChanged(int Year, int MinScore, int MinPublishedInnovations, decimal MinRegencyCoverage, int MinPartners, bool IsDefault, DateTimeOffset OccurredAt) : IDomainEvent;
