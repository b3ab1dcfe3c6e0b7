using System.Linq.Expressions;
using System.Text.Json.Serialization;
using Jipp.Application.Common.Concurrency;
using Jipp.Domain.Candidacies;
using Jipp.Domain.Replications;

namespace Jipp.Application.Replications;

/// <summary>An agency's request to replicate another agency's innovation.</summary>
/// <param name="Id">UUID.</param>
/// <param name="InnovationId">The innovation to replicate.</param>
/// <param name="OwnerAgencyId">The agency that owns it.</param>
/// <param name="RequesterAgencyId">The agency that adopts it.</param>
/// <param name="FacilitatingHubId">The hub of the requester's province, else of the owner's; null when the ministry facilitates.</param>
/// <param name="Motivation">Why the requester wants to adopt it.</param>
/// <param name="PlannedStartOn">When the requester plans to start.</param>
/// <param name="State">Where the request stands.</param>
/// <param name="Verification">The facilitator's verification.</param>
/// <param name="Agreement">The owner's agreement (kesepakatan).</param>
/// <param name="MentoringSessions">Mentoring sessions (pendampingan) so far.</param>
/// <param name="Completion">The completion.</param>
/// <param name="Cancellation">Why the requester cancelled.</param>
/// <param name="ResultInnovationId">The requester's adaptation, registered as a draft at completion.</param>
/// <param name="CreatedAt">When it was requested.</param>
/// <param name="UpdatedAt">When it last changed.</param>
public sealed record ReplicationRequestDto(
    Guid Id,
    Guid InnovationId,
    Guid OwnerAgencyId,
    Guid RequesterAgencyId,
    Guid? FacilitatingHubId,
    string Motivation,
    DateOnly PlannedStartOn,
    ReplicationState State,
    ReplicationVerification? Verification,
    ReplicationAgreement? Agreement,
    IReadOnlyList<MentoringSession> MentoringSessions,
    ReplicationCompletion? Completion,
    Closure? Cancellation,
    Guid? ResultInnovationId,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    [property: JsonIgnore] int Version) : IVersioned;

public static class ReplicationProjections
{
    public static readonly Expression<Func<ReplicationRequest, ReplicationRequestDto>> ToDto = r => new ReplicationRequestDto(
        r.Id, r.InnovationId, r.OwnerAgencyId, r.RequesterAgencyId, r.FacilitatingHubId, r.Motivation, r.PlannedStartOn, r.State,
        r.Verification, r.Agreement, r.MentoringSessions, r.Completion, r.Cancellation, r.ResultInnovationId, r.CreatedAt, r.UpdatedAt, r.Version);

    private static readonly Func<ReplicationRequest, ReplicationRequestDto> Compiled = ToDto.Compile();

    public static ReplicationRequestDto ToResponse(this ReplicationRequest request) => Compiled(request);
}
