using Jipp.Domain.Common;

namespace Jipp.Domain.Candidacies;

/// <summary>
/// One province's (or central body's) way to designation as a Hub JIPP in a cohort year:
/// shortlisted → invited → willing → committed → readinessSubmitted → assessed → designated;
/// invited → declined; rejected by the ministry or withdrawn by the candidate before designation.
/// </summary>
public sealed class Candidacy : VersionedAggregateRoot
{
    public const string InvalidTransition = InvalidTransitionException.ErrorCode;
    public const int TextMaxLength = 2000;
    public const int ReferenceMaxLength = 200;

    private static readonly CandidacyState[] OpenStates =
    [
        CandidacyState.Shortlisted, CandidacyState.Invited, CandidacyState.Willing, CandidacyState.Committed,
        CandidacyState.ReadinessSubmitted, CandidacyState.Assessed,
    ];

    private Candidacy()
    {
        TrackRecord = new TrackRecord(0, 0, 0, 0, 0, default);
    }

    public Guid Id { get; private set; }



    public Guid AgencyId { get; private set; }

    public string? ProvinceCode { get; private set; }

    public int CohortYear { get; private set; }

    public CandidacyState State { get; private set; }

    public string? Notes { get; private set; }

    public TrackRecord TrackRecord { get; private set; }

    public Invitation? Invitation { get; private set; }

    public Willingness? Willingness { get; private set; }

    public Commitment? Commitment { get; private set; }

    public Readiness? Readiness { get; private set; }

    public Assessment? Assessment { get; private set; }

    public Designation? Designation { get; private set; }

    public Closure? Rejection { get; private set; }

    public Closure? Withdrawal { get; private set; }

    public Guid? HubId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public bool IsOpen => OpenStates.Contains(State);

    public static IReadOnlyList<CandidacyState> Open => OpenStates;

    public static Candidacy Shortlist(Guid agencyId, string? provinceCode, int cohortYear, string? notes, TrackRecord trackRecord, DateTimeOffset now) =>
        Shortlist(IdGenerator.NewId(), agencyId, provinceCode, cohortYear, notes, trackRecord, now);

    public static Candidacy Shortlist(Guid id, Guid agencyId, string? provinceCode, int cohortYear, string? notes, TrackRecord trackRecord, DateTimeOffset now)
    {
        var candidacy = new Candidacy
        {
            Id = id,
            AgencyId = agencyId,
            ProvinceCode = provinceCode,
            CohortYear = cohortYear,
            State = CandidacyState.Shortlisted,
            Notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim(),
            TrackRecord = trackRecord,
            CreatedAt = now,
            UpdatedAt = now,
        };
        candidacy.Raise(new CandidacyShortlisted(id, agencyId, provinceCode, cohortYear, now));
        return candidacy;
    }

    public void Invite(DateOnly meetingOn, MeetingFormat format, DateTimeOffset now)
    {
        Require(TransitionActions.Invite, CandidacyState.Shortlisted);
        Invitation = new Invitation(meetingOn, format, now);
        Move(CandidacyState.Invited, now);
        Raise(new CandidacyInvited(Id, AgencyId, ProvinceCode, CohortYear, meetingOn, format, now));
    }

    public void AnswerInvitation(bool willing, string? statementRef, DateTimeOffset now)
    {
        Require(TransitionActions.AnswerInvitation, CandidacyState.Invited);
        Willingness = new Willingness(willing, Clean(statementRef), now);
        Move(willing ? CandidacyState.Willing : CandidacyState.Declined, now);
        Raise(new CandidacyInvitationAnswered(Id, AgencyId, ProvinceCode, CohortYear, willing, now));
    }

    public void Commit(DateOnly signedOn, string documentRef, DateTimeOffset now)
    {
        Require(TransitionActions.RecordCommitment, CandidacyState.Willing);
        Commitment = new Commitment(signedOn, documentRef.Trim(), now);
        Move(CandidacyState.Committed, now);
        Raise(new CandidacyCommitted(Id, AgencyId, ProvinceCode, CohortYear, signedOn, now));
    }

    /// <summary>Readiness is evidence, not a gate: gaps show up as unmet criteria at assessment.</summary>
    public void SubmitReadiness(Readiness readiness, DateTimeOffset now)
    {
        Require(TransitionActions.SubmitReadiness, CandidacyState.Committed);
        Readiness = readiness;
        Move(CandidacyState.ReadinessSubmitted, now);
        Raise(new CandidacyReadinessSubmitted(Id, AgencyId, ProvinceCode, CohortYear, now));
    }

    /// <summary>
    /// Takes the registry's current figures while the candidacy is open and not yet assessed (an
    /// assessment keeps the record it judged). False, changing nothing, when the figures are the same
    /// or the candidacy is past that point; the computation time alone is no change.
    /// </summary>
    public bool RefreshTrackRecord(TrackRecord refreshed)
    {
        if (!IsOpen || State == CandidacyState.Assessed || TrackRecord with { ComputedAt = refreshed.ComputedAt } == refreshed)
        {
            return false;
        }

        TrackRecord = refreshed;
        return true;
    }

    /// <summary>Judges the three criteria with a refreshed track record; may be repeated until designation.</summary>
    public void Assess(Scores scores, string? notes, TrackRecord refreshed, CohortPolicy policy, DateTimeOffset now)
    {
        Require(TransitionActions.Assess, CandidacyState.ReadinessSubmitted, CandidacyState.Assessed);
        var from = State;
        TrackRecord = refreshed;
        var results = SelectionCriteria.Judge(this, scores, policy);
        Assessment = new Assessment(scores, Clean(notes), results, now);
        Move(CandidacyState.Assessed, now);
        var unmet = results.Where(r => !r.Met).Select(r => r.Criterion).ToList();
        Raise(new CandidacyAssessed(Id, AgencyId, ProvinceCode, CohortYear, from, unmet.Count == 0, unmet, now));
    }

    /// <summary>
    /// Designates the candidate, judging the criteria again under the cohort policy as it stands now;
    /// refuses with every unmet criterion.
    /// </summary>
    public void Designate(string decreeNumber, DateOnly designatedOn, CohortPolicy policy, Guid hubId, DateTimeOffset now)
    {
        Require(TransitionActions.Designate, CandidacyState.Assessed);
        var unmet = SelectionCriteria.Judge(this, Assessment!.Scores, policy).Where(c => !c.Met).ToList();
        if (unmet.Count > 0)
        {
            throw new CriteriaNotMetException(unmet);
        }

        Designation = new Designation(decreeNumber.Trim(), designatedOn, now);
        HubId = hubId;
        Move(CandidacyState.Designated, now);
        Raise(new CandidacyDesignated(Id, AgencyId, ProvinceCode, CohortYear, hubId, now));
    }

    public void Reject(string reason, DateTimeOffset now)
    {
        RequireOpen(TransitionActions.Reject);
        var from = State;
        Rejection = new Closure(reason.Trim(), now);
        Move(CandidacyState.Rejected, now);
        Raise(new CandidacyRejected(Id, AgencyId, ProvinceCode, CohortYear, from, now));
    }

    public void Withdraw(string reason, DateTimeOffset now)
    {
        RequireOpen(TransitionActions.Withdraw);
        var from = State;
        Withdrawal = new Closure(reason.Trim(), now);
        Move(CandidacyState.Withdrawn, now);
        Raise(new CandidacyWithdrawn(Id, AgencyId, ProvinceCode, CohortYear, from, now));
    }

    private void Move(CandidacyState state, DateTimeOffset now)
    {
        State = state;
        UpdatedAt = now;
    }

    private void RequireOpen(string action) => Require(action, OpenStates);

    private void Require(string action, params CandidacyState[] allowed)
    {
        if (!allowed.Contains(State))
        {
            throw new InvalidTransitionException(TransitionSubject.Candidacy, action, Name(State), [.. allowed.Select(Name)]);
        }
    }

    private static string Name(CandidacyState state) => char.ToLowerInvariant(state.ToString()[0]) + state.ToString()[1..];

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>Designation refused: one or more of the ministry's criteria are not met.</summary>
public sealed class CriteriaNotMetException : DomainException
{
    public const string ErrorCode = "candidacy.criteria_not_met";

    public CriteriaNotMetException(IReadOnlyList<CriterionResult> unmet)
        : base(ErrorCode, "The candidacy does not meet every selection criterion under its cohort's current policy: " + Names(unmet) + ".", Names(unmet))
    {
        Unmet = unmet;
    }

    public IReadOnlyList<CriterionResult> Unmet { get; }

    /// <summary>The criteria as the API spells them (camelCase, as in <c>unmetCriteria</c>).</summary>
    private static string Names(IReadOnlyList<CriterionResult> unmet) =>
        string.Join(", ", unmet.Select(c => c.Criterion.ToString()).Select(name => char.ToLowerInvariant(name[0]) + name[1..]));
}
