using System.Linq.Expressions;
using System.Text.Json.Serialization;
using Jipp.Application.Common.Concurrency;
using Jipp.Domain.Innovations;

namespace Jipp.Application.Innovations;

/// <param name="Decision">publish or return.</param>
/// <param name="Notes">The verifier's notes for the agency.</param>
/// <param name="At">When it was decided.</param>
public sealed record VerificationDto(VerificationDecision Decision, string? Notes, DateTimeOffset At);

/// <summary>An innovation with all its fields.</summary>
/// <param name="Id">UUID.</param>
/// <param name="Title">Name of the innovation.</param>
/// <param name="AgencyId">The owner agency.</param>
/// <param name="UnitName">The unit that runs it.</param>
/// <param name="Summary">Short description.</param>
/// <param name="Problem">The problem it solves.</param>
/// <param name="Solution">How it solves it.</param>
/// <param name="Novelty">What is new about it.</param>
/// <param name="Impact">Its effect on the service.</param>
/// <param name="Sector">Sector code.</param>
/// <param name="Form">publicService, governance or other.</param>
/// <param name="Digital">Whether it is digital.</param>
/// <param name="MaturityStage">initiative, trial or implementation.</param>
/// <param name="StartedOn">When it started.</param>
/// <param name="ImplementedOn">When it was implemented.</param>
/// <param name="EvidenceLinks">https links to evidence (never fetched by the service).</param>
/// <param name="Replicable">Whether the owner is willing to have it replicated.</param>
/// <param name="ReplicatedFromId">The innovation this one adapts, if it came from a replication.</param>
/// <param name="ReplicationCount">Completed replications of this innovation.</param>
/// <param name="ProvinceCode">The owner's province, derived from the agency.</param>
/// <param name="RegencyCode">The owner's regency or city, if any.</param>
/// <param name="HubId">The hub of the owner's province, if any.</param>
/// <param name="State">draft, submitted, returned, published or archived.</param>
/// <param name="LastVerification">The latest verification decision, if any.</param>
/// <param name="CreatedAt">When it was registered.</param>
/// <param name="UpdatedAt">When it last changed.</param>
/// <param name="SubmittedAt">When it was last submitted.</param>
/// <param name="PublishedAt">When it was published.</param>
/// <param name="ArchivedAt">When it was archived.</param>
public sealed record InnovationDto(
    Guid Id,
    string Title,
    Guid AgencyId,
    string UnitName,
    string Summary,
    string Problem,
    string Solution,
    string Novelty,
    string Impact,
    string Sector,
    InnovationForm Form,
    bool Digital,
    MaturityStage MaturityStage,
    DateOnly StartedOn,
    DateOnly? ImplementedOn,
    IReadOnlyList<string> EvidenceLinks,
    bool Replicable,
    Guid? ReplicatedFromId,
    int ReplicationCount,
    string? ProvinceCode,
    string? RegencyCode,
    Guid? HubId,
    InnovationState State,
    VerificationDto? LastVerification,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset? PublishedAt,
    DateTimeOffset? ArchivedAt,
    [property: JsonIgnore] int Version) : IVersioned;

/// <summary>An innovation in a list: everything but the long texts, which GET /innovations/{id} has.</summary>
/// <param name="Id">UUID.</param>
/// <param name="Title">Name of the innovation.</param>
/// <param name="AgencyId">The owner agency.</param>
/// <param name="UnitName">The unit that runs it.</param>
/// <param name="Summary">Short description.</param>
/// <param name="Sector">Sector code.</param>
/// <param name="Form">publicService, governance or other.</param>
/// <param name="Digital">Whether it is digital.</param>
/// <param name="MaturityStage">initiative, trial or implementation.</param>
/// <param name="StartedOn">When it started.</param>
/// <param name="Replicable">Whether the owner is willing to have it replicated.</param>
/// <param name="ReplicationCount">Completed replications.</param>
/// <param name="ProvinceCode">The owner's province.</param>
/// <param name="RegencyCode">The owner's regency or city, if any.</param>
/// <param name="HubId">The hub of the owner's province, if any.</param>
/// <param name="State">The innovation's state.</param>
/// <param name="PublishedAt">When it was published.</param>
/// <param name="UpdatedAt">When it last changed.</param>
public sealed record InnovationListItemDto(
    Guid Id,
    string Title,
    Guid AgencyId,
    string UnitName,
    string Summary,
    string Sector,
    InnovationForm Form,
    bool Digital,
    MaturityStage MaturityStage,
    DateOnly StartedOn,
    bool Replicable,
    int ReplicationCount,
    string? ProvinceCode,
    string? RegencyCode,
    Guid? HubId,
    InnovationState State,
    DateTimeOffset? PublishedAt,
    DateTimeOffset UpdatedAt);

public static class InnovationProjections
{
    /// <summary>Translated to SQL by EF Core for reads; compiled once for responses to commands.</summary>
    public static readonly Expression<Func<Innovation, InnovationDto>> ToDto = i => new InnovationDto(
        i.Id, i.Title, i.AgencyId, i.UnitName, i.Summary, i.Problem, i.Solution, i.Novelty, i.Impact, i.Sector, i.Form, i.Digital,
        i.MaturityStage, i.StartedOn, i.ImplementedOn, i.EvidenceLinks, i.Replicable, i.ReplicatedFromId, i.ReplicationCount,
        i.ProvinceCode, i.RegencyCode, i.HubId, i.State,
        i.LastDecision == null ? null : new VerificationDto(i.LastDecision.Value, i.LastVerificationNotes, i.LastVerifiedAt!.Value),
        i.CreatedAt, i.UpdatedAt, i.SubmittedAt, i.PublishedAt, i.ArchivedAt, i.Version);

    public static readonly Expression<Func<Innovation, InnovationListItemDto>> ToListItem = i => new InnovationListItemDto(
        i.Id, i.Title, i.AgencyId, i.UnitName, i.Summary, i.Sector, i.Form, i.Digital, i.MaturityStage, i.StartedOn, i.Replicable,
        i.ReplicationCount, i.ProvinceCode, i.RegencyCode, i.HubId, i.State, i.PublishedAt, i.UpdatedAt);

    private static readonly Func<Innovation, InnovationDto> Compiled = ToDto.Compile();

    public static InnovationDto ToResponse(this Innovation innovation) => Compiled(innovation);
}
