using Jipp.Api.Security;
using Jipp.Application.Common.Errors;
using Jipp.Application.Common.Inputs;
using Jipp.Application.Common.Paging;
using Jipp.Application.Replications.AgreeToReplication;
using Jipp.Application.Replications.CancelReplicationRequest;
using Jipp.Application.Replications.CompleteReplication;
using Jipp.Application.Replications.GetReplicationRequest;
using Jipp.Application.Replications.ListReplicationRequests;
using Jipp.Application.Replications.RecordMentoringSession;
using Jipp.Application.Replications.SubmitReplicationRequest;
using Jipp.Application.Replications.VerifyReplicationRequest;
using Jipp.Application.Replications;
using Jipp.Domain.Replications;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jipp.Api.Endpoints;

/// <summary>Replication requests: an agency adopts another's innovation with the hub's mentoring.</summary>
public static class ReplicationRequestsEndpoints
{
    private const string Transition = " From another state: 409 `invalid_transition`, naming the current state.";

    public static IEndpointRouteBuilder MapReplicationRequestsEndpoints(this IEndpointRouteBuilder routes)
    {
        var requests = routes.MapGroup("/replication-requests").WithTags("Replication requests").WithETags();
        requests.MapPost("/", SubmitReplicationRequest)
            .RequireAuthorization(Policies.MinistryOrAgency)
            .RequireRateLimiting(RateLimiting.ReplicationRequestsPolicy)
            .WithName(nameof(SubmitReplicationRequest))
            .WithSummary("Request to replicate an innovation")
            .WithDescription("""
                → 201 `submitted`. An agency requests for itself (requesterAgencyId may be omitted); the ministry names
                the requester. The facilitating hub is the hub of the requester's province, else of the owner's, else
                none (the ministry facilitates). 409 `replication.not_published`, `replication.not_replicable`,
                `replication.own_innovation`, `replication.duplicate_open_request` (one open request per requester and innovation).
                """)
            .Refuses(Refusal.Validation, Refusal.ReplicationNotPublished, Refusal.ReplicationNotReplicable, Refusal.ReplicationOwnInnovation, Refusal.ReplicationDuplicateOpenRequest);
        requests.MapGet("/", ListReplicationRequests)
            .RequireAuthorization(Policies.Authenticated)
            .WithName(nameof(ListReplicationRequests))
            .WithSummary("List replication requests")
            .WithDescription("Newest first, keyset paged. The ministry and readers see all; a hub those it facilitates; an agency those it requested or whose innovation they concern.")
            .Refuses(Refusal.Validation);
        requests.MapGet("/{id:guid}", GetReplicationRequest)
            .RequireAuthorization(Policies.Authenticated)
            .WithName(nameof(GetReplicationRequest))
            .WithSummary("Get one replication request")
            .WithDescription("Visible to the ministry, readers, the facilitating hub, the requester and the owner; others get 404.")
            .Refuses(Refusal.NotFound);
        requests.MapPost("/{id:guid}/verification", VerifyReplicationRequest)
            .RequireAuthorization(Policies.MinistryOrHub)
            .WithName(nameof(VerifyReplicationRequest))
            .WithSummary("Verify or reject a request")
            .WithDescription("`submitted` → `verified` (approved: true) or `rejected` (false). The facilitating hub or the ministry." + Transition)
            .Refuses(Refusal.Validation, Refusal.NotFound, Refusal.InvalidTransition)
            .HonoursIfMatch();
        requests.MapPost("/{id:guid}/agreement", AgreeToReplication)
            .RequireAuthorization(Policies.Agency)
            .WithName(nameof(AgreeToReplication))
            .WithSummary("Agree to the replication (kesepakatan)")
            .WithDescription("`verified` → `agreed`. The agency that owns the innovation." + Transition)
            .Refuses(Refusal.Validation, Refusal.NotFound, Refusal.InvalidTransition)
            .HonoursIfMatch();
        requests.MapPost("/{id:guid}/mentoring-sessions", RecordMentoringSession)
            .RequireAuthorization(Policies.MinistryHubOrAgency)
            .WithName(nameof(RecordMentoringSession))
            .WithSummary("Record a mentoring session (pendampingan)")
            .WithDescription("Appends a session in `agreed` or `inImplementation`; the first moves `agreed` → `inImplementation`. The facilitating hub, the owner agency or the ministry." + Transition)
            .Refuses(Refusal.Validation, Refusal.NotFound, Refusal.InvalidTransition)
            .HonoursIfMatch();
        requests.MapPost("/{id:guid}/completion", CompleteReplication)
            .RequireAuthorization(Policies.Agency)
            .WithName(nameof(CompleteReplication))
            .WithSummary("Complete the replication")
            .WithDescription("""
                `inImplementation` → `completed`; 409 `replication.no_mentoring` without a mentoring session. The requester
                agency. Registers the requester's adaptation as a `draft` innovation (`resultInnovationId`) with the original's
                content and `replicatedFromId`, dated by this replication; the original's `replicationCount` rises.
                """ + Transition)
            .Refuses(Refusal.Validation, Refusal.NotFound, Refusal.InvalidTransition, Refusal.ReplicationNoMentoring)
            .HonoursIfMatch();
        requests.MapPost("/{id:guid}/cancellation", CancelReplicationRequest)
            .RequireAuthorization(Policies.Agency)
            .WithName(nameof(CancelReplicationRequest))
            .WithSummary("Cancel a request")
            .WithDescription("Any state before completion (except rejected) → `cancelled`. The requester agency." + Transition)
            .Refuses(Refusal.Validation, Refusal.NotFound, Refusal.InvalidTransition)
            .HonoursIfMatch();
        return routes;
    }

    /// <summary>Requests a replication.</summary>
    internal static async Task<Created<ReplicationRequestDto>> SubmitReplicationRequest(SubmitReplicationRequest command, ISender sender, CancellationToken ct)
    {
        var request = await sender.Send(command, ct);
        return TypedResults.Created($"/api/v1/replication-requests/{request.Id}", request);
    }

    /// <summary>Lists replication requests.</summary>
    /// <param name="state">Only requests in this state.</param>
    /// <param name="innovationId">Only requests to replicate this innovation.</param>
    /// <param name="requesterAgencyId">Only requests of this requester.</param>
    /// <param name="hubId">Only requests this hub facilitates.</param>
    /// <param name="pageSize">Items per page, 1–100 (default 20).</param>
    /// <param name="cursor">The nextCursor of the previous page; omit for the first page.</param>
    internal static async Task<Ok<Page<ReplicationRequestDto>>> ListReplicationRequests(
        EnumQuery<ReplicationState>? state, Guid? innovationId, Guid? requesterAgencyId, Guid? hubId, int? pageSize, string? cursor, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListReplicationRequests(state.ValueOrNull(), innovationId, requesterAgencyId, hubId, pageSize ?? PageLimits.Default, cursor), ct));

    /// <summary>Gets one replication request.</summary>
    /// <param name="id">The request's id.</param>
    internal static async Task<Ok<ReplicationRequestDto>> GetReplicationRequest(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetReplicationRequest(id), ct));

    /// <summary>Verifies a request.</summary>
    /// <param name="id">The request's id.</param>
    internal static async Task<Ok<ReplicationRequestDto>> VerifyReplicationRequest(Guid id, ReplicationVerificationInput input, IfMatch ifMatch, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new VerifyReplicationRequest(id, input) { IfMatch = ifMatch.Value }, ct));

    /// <summary>Agrees to a replication.</summary>
    /// <param name="id">The request's id.</param>
    internal static async Task<Ok<ReplicationRequestDto>> AgreeToReplication(Guid id, AgreementInput input, IfMatch ifMatch, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new AgreeToReplication(id, input) { IfMatch = ifMatch.Value }, ct));

    /// <summary>Records a mentoring session.</summary>
    /// <param name="id">The request's id.</param>
    internal static async Task<Ok<ReplicationRequestDto>> RecordMentoringSession(Guid id, MentoringSessionInput input, IfMatch ifMatch, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new RecordMentoringSession(id, input) { IfMatch = ifMatch.Value }, ct));

    /// <summary>Completes a replication.</summary>
    /// <param name="id">The request's id.</param>
    internal static async Task<Ok<ReplicationRequestDto>> CompleteReplication(Guid id, CompletionInput input, IfMatch ifMatch, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new CompleteReplication(id, input) { IfMatch = ifMatch.Value }, ct));

    /// <summary>Cancels a request.</summary>
    /// <param name="id">The request's id.</param>
    internal static async Task<Ok<ReplicationRequestDto>> CancelReplicationRequest(Guid id, ReasonInput input, IfMatch ifMatch, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new CancelReplicationRequest(id, input) { IfMatch = ifMatch.Value }, ct));
}
