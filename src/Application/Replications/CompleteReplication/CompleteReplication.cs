using Jipp.Application.Common.Concurrency;
using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Localization;
using Jipp.Domain.Hubs;
using Jipp.Domain.Innovations;
using Jipp.Domain.Replications;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Application.Replications.CompleteReplication;

/// <param name="CompletedOn">When the replication was completed; not in the future.</param>
/// <param name="ResultsSummary">What the replication achieved (at most 4000 characters).</param>
public sealed record CompletionInput(DateOnly CompletedOn, string ResultsSummary);

/// <summary>
/// Completes a replication after at least one mentoring session: the requester agency. Registers the
/// requester's adaptation as a draft innovation with the original's content and counts the replication.
/// </summary>
public sealed record CompleteReplication(Guid Id, CompletionInput Input) : ICommand<ReplicationRequestDto>, IConditionalCommand
{
    object IConditionalCommand.Target => Id;

    /// <summary>The caller's <c>If-Match</c>, held against the resource's version when the change is saved.</summary>
    public string? IfMatch { get; init; }
}

public sealed class CompleteReplicationHandler(IJippDbContext db, ICurrentClient client, TimeProvider clock) : ICommandHandler<CompleteReplication, ReplicationRequestDto>
{
    public async ValueTask<ReplicationRequestDto> Handle(CompleteReplication command, CancellationToken cancellationToken)
    {
        var request = await db.LoadRequestAsync(client, command.Id, cancellationToken);
        ReplicationAccess.Require(client.IsRequester(request), Refusals.RequestingAgency);
        var now = clock.GetUtcNow();
        var original = await db.Innovations.SingleAsync(i => i.Id == request.InnovationId, cancellationToken);
        var requester = await db.Agencies.AsNoTracking().SingleAsync(a => a.Id == request.RequesterAgencyId, cancellationToken);
        var hubId = await db.Hubs
            .Where(h => h.ProvinceCode != null && h.ProvinceCode == requester.ProvinceCode && h.Status == HubStatus.Active)
            .Select(h => (Guid?)h.Id)
            .FirstOrDefaultAsync(cancellationToken);
        var content = ReplicationRequest.AdaptationOf(original.Content(), request.PlannedStartOn, command.Input.CompletedOn);
        var adaptation = Innovation.Register(requester.Id, requester.ProvinceCode, requester.RegencyCode, hubId, content, now, replicatedFromId: original.Id);
        request.Complete(command.Input.CompletedOn, command.Input.ResultsSummary, adaptation.Id, now);
        original.CountReplication(adaptation.Id, now);
        db.Innovations.Add(adaptation);
        return request.ToResponse();
    }
}
