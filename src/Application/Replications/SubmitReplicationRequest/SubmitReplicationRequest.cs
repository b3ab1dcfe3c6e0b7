using Jipp.Application.Common.Errors;
using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Localization;
using Jipp.Domain.ApiClients;
using Jipp.Domain.Common;
using Jipp.Domain.Hubs;
using Jipp.Domain.Replications;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Application.Replications.SubmitReplicationRequest;

/// <param name="InnovationId">The published, replicable innovation of another agency.</param>
/// <param name="RequesterAgencyId">The adopting agency. Agency clients may omit it (their own agency is meant) and may name only their own; the ministry must name one.</param>
/// <param name="Motivation">Why the requester wants to adopt it (at most 4000 characters).</param>
/// <param name="PlannedStartOn">When the requester plans to start.</param>
public sealed record SubmitReplicationRequest(Guid InnovationId, string Motivation, DateOnly PlannedStartOn, Guid? RequesterAgencyId = null) : ICommand<ReplicationRequestDto>;

public sealed class SubmitReplicationRequestHandler(IJippDbContext db, IUnitOfWork unitOfWork, ICurrentClient client, TimeProvider clock) : ICommandHandler<SubmitReplicationRequest, ReplicationRequestDto>
{
    public async ValueTask<ReplicationRequestDto> Handle(SubmitReplicationRequest command, CancellationToken cancellationToken)
    {
        var requesterId = command.RequesterAgencyId ?? client.AgencyId
            ?? throw new ForbiddenException(Refusals.NameRequester);
        if (client.Role == ApiClientRole.Agency && requesterId != client.AgencyId)
        {
            throw new ForbiddenException(Refusals.RequestOnlyForOwnAgency);
        }

        var innovation = await db.Innovations.AsNoTracking().SingleAsync(i => i.Id == command.InnovationId, cancellationToken);
        var requester = await db.Agencies.AsNoTracking().SingleAsync(a => a.Id == requesterId, cancellationToken);
        var owner = await db.Agencies.AsNoTracking().SingleAsync(a => a.Id == innovation.AgencyId, cancellationToken);

        // The hub of the requester's province, else of the owner's, else none (the ministry facilitates).
        var facilitator = await HubOfAsync(requester.ProvinceCode, cancellationToken) ?? await HubOfAsync(owner.ProvinceCode, cancellationToken);
        var request = ReplicationRequest.Submit(innovation, requesterId, requester.ProvinceCode, facilitator, command.Motivation, command.PlannedStartOn, clock.GetUtcNow());

        if (await db.ReplicationRequests.AnyAsync(r => r.RequesterAgencyId == requesterId && r.InnovationId == innovation.Id && ReplicationRequest.Open.Contains(r.State), cancellationToken))
        {
            throw DuplicateOpenRequest();
        }

        db.ReplicationRequests.Add(request);
        // A concurrent request for the same innovation by the same agency won the race.
        unitOfWork.RefuseOnConflict("ux_replication_requests_open", DuplicateOpenRequest);

        return request.ToResponse();
    }

    private async Task<Guid?> HubOfAsync(string? provinceCode, CancellationToken cancellationToken) =>
        provinceCode is null
            ? null
            : await db.Hubs.Where(h => h.ProvinceCode == provinceCode && h.Status == HubStatus.Active).Select(h => (Guid?)h.Id).FirstOrDefaultAsync(cancellationToken);

    private static DomainException DuplicateOpenRequest() => Refusal.ReplicationDuplicateOpenRequest.ToException();
}
