using Jipp.Domain.Common;

namespace Jipp.Domain.Innovations;

/// <summary>
/// A registered public-service innovation (inovasi pelayanan publik). Its state machine:
/// draft → submitted → published; submitted → returned → submitted; draft | returned | published → archived.
/// Every transition is a method that refuses what the machine does not allow.
/// </summary>
public sealed class Innovation : VersionedAggregateRoot
{
    public const string InvalidTransition = InvalidTransitionException.ErrorCode;

    private Innovation()
    {
        Title = UnitName = Summary = Problem = Solution = Novelty = Impact = Sector = string.Empty;
        EvidenceLinks = [];
    }

    public Guid Id { get; private set; }

    public Guid AgencyId { get; private set; }

    /// <summary>The owner agency's province, derived at registration; never taken from a caller.</summary>
    public string? ProvinceCode { get; private set; }

    /// <summary>The owner agency's regency or city, if it has one.</summary>
    public string? RegencyCode { get; private set; }

    /// <summary>The hub of the owner's province at registration, if any.</summary>
    public Guid? HubId { get; private set; }

    public string Title { get; private set; }

    public string UnitName { get; private set; }

    public string Summary { get; private set; }

    public string Problem { get; private set; }

    public string Solution { get; private set; }

    public string Novelty { get; private set; }

    public string Impact { get; private set; }

    public string Sector { get; private set; }

    public InnovationForm Form { get; private set; }

    public bool Digital { get; private set; }

    public MaturityStage MaturityStage { get; private set; }

    public DateOnly StartedOn { get; private set; }

    public DateOnly? ImplementedOn { get; private set; }

    public List<string> EvidenceLinks { get; private set; }

    public bool Replicable { get; private set; }

    public Guid? ReplicatedFromId { get; private set; }

    public int ReplicationCount { get; private set; }

    public InnovationState State { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public DateTimeOffset? ArchivedAt { get; private set; }

    /// <summary>The last verification: its decision, notes and time.</summary>
    public VerificationDecision? LastDecision { get; private set; }

    public string? LastVerificationNotes { get; private set; }

    public DateTimeOffset? LastVerifiedAt { get; private set; }

    public static Innovation Register(Guid agencyId, string? provinceCode, string? regencyCode, Guid? hubId, InnovationContent content, DateTimeOffset now, Guid? replicatedFromId = null) =>
        Register(IdGenerator.NewId(), agencyId, provinceCode, regencyCode, hubId, content, now, replicatedFromId);

    /// <summary>Registers with a known identifier, for deterministic demo data.</summary>
    public static Innovation Register(Guid id, Guid agencyId, string? provinceCode, string? regencyCode, Guid? hubId, InnovationContent content, DateTimeOffset now, Guid? replicatedFromId = null)
    {
        var innovation = new Innovation
        {
            Id = id,
            AgencyId = agencyId,
            ProvinceCode = provinceCode,
            RegencyCode = regencyCode,
            HubId = hubId,
            ReplicatedFromId = replicatedFromId,
            State = InnovationState.Draft,
            CreatedAt = now,
        };
        innovation.Apply(content, now);
        innovation.Raise(new InnovationRegistered(id, agencyId, provinceCode, hubId, innovation.Sector, replicatedFromId, now));
        return innovation;
    }

    /// <summary>Revises the content; only while the agency holds it (draft or returned).</summary>
    public void Update(InnovationContent content, DateTimeOffset now)
    {
        Require(TransitionActions.Update, InnovationState.Draft, InnovationState.Returned);
        Apply(content, now);
        Raise(new InnovationUpdated(Id, AgencyId, ProvinceCode, HubId, State, Sector, now));
    }

    public void Submit(DateTimeOffset now)
    {
        Require(TransitionActions.Submit, InnovationState.Draft, InnovationState.Returned);
        var from = State;
        State = InnovationState.Submitted;
        SubmittedAt = now;
        UpdatedAt = now;
        Raise(new InnovationSubmitted(Id, AgencyId, ProvinceCode, HubId, from, now));
    }

    /// <summary>Publishes or returns a submitted innovation; a return needs notes for the agency.</summary>
    public void Verify(VerificationDecision decision, string? notes, DateTimeOffset now)
    {
        Require(TransitionActions.Verify, InnovationState.Submitted);
        if (decision == VerificationDecision.Return && string.IsNullOrWhiteSpace(notes))
        {
            throw new DomainException("innovation.notes_required", "Returning an innovation needs notes that tell the agency what to revise.");
        }

        State = decision == VerificationDecision.Publish ? InnovationState.Published : InnovationState.Returned;
        PublishedAt = decision == VerificationDecision.Publish ? now : PublishedAt;
        LastDecision = decision;
        LastVerificationNotes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
        LastVerifiedAt = now;
        UpdatedAt = now;
        Raise(decision == VerificationDecision.Publish
            ? new InnovationPublished(Id, AgencyId, ProvinceCode, HubId, Sector, now)
            : new InnovationReturned(Id, AgencyId, ProvinceCode, HubId, now));
    }

    public void Archive(DateTimeOffset now)
    {
        Require(TransitionActions.Archive, InnovationState.Draft, InnovationState.Returned, InnovationState.Published);
        var from = State;
        State = InnovationState.Archived;
        ArchivedAt = now;
        UpdatedAt = now;
        Raise(new InnovationArchived(Id, AgencyId, ProvinceCode, HubId, from, now));
    }

    /// <summary>Counts a completed replication of this innovation, whose adaptation is <paramref name="adaptationId"/>.</summary>
    public void CountReplication(Guid adaptationId, DateTimeOffset now)
    {
        ReplicationCount++;
        UpdatedAt = now;
        Raise(new InnovationReplicated(Id, AgencyId, adaptationId, ReplicationCount, now));
    }

    /// <summary>The content as it stands, for copying into an adaptation.</summary>
    public InnovationContent Content() =>
        new(Title, UnitName, Summary, Problem, Solution, Novelty, Impact, Sector, Form, Digital, MaturityStage, StartedOn, ImplementedOn, [.. EvidenceLinks], Replicable);

    private void Require(string action, params InnovationState[] allowed)
    {
        if (!allowed.Contains(State))
        {
            throw new InvalidTransitionException(TransitionSubject.Innovation, action, Name(State), [.. allowed.Select(Name)]);
        }
    }

    private static string Name(InnovationState state) => char.ToLowerInvariant(state.ToString()[0]) + state.ToString()[1..];

    private void Apply(InnovationContent content, DateTimeOffset now)
    {
        if (content.ImplementedOn is { } implemented && implemented < content.StartedOn)
        {
            throw new ArgumentException("implementedOn cannot be before startedOn.", nameof(content));
        }

        Title = content.Title.Trim();
        UnitName = content.UnitName.Trim();
        Summary = content.Summary.Trim();
        Problem = content.Problem.Trim();
        Solution = content.Solution.Trim();
        Novelty = content.Novelty.Trim();
        Impact = content.Impact.Trim();
        Sector = content.Sector;
        Form = content.Form;
        Digital = content.Digital;
        MaturityStage = content.MaturityStage;
        StartedOn = content.StartedOn;
        ImplementedOn = content.ImplementedOn;
        EvidenceLinks = [.. content.EvidenceLinks];
        Replicable = content.Replicable;
        UpdatedAt = now;
    }
}
