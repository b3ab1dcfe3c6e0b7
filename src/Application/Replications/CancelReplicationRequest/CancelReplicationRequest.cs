using Jipp.Application.Common.Concurrency;
using Jipp.Application.Common.Inputs;
using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Localization;
using Mediator;

namespace Jipp.Application.Replications.CancelReplicationRequest;

/// <summary>Cancels a request before completion: the requester agency.</summary>
public sealed record CancelReplicationRequest(Guid Id, ReasonInput Input) : ICommand<ReplicationRequestDto>, IConditionalCommand
{
    object IConditionalCommand.Target => Id;

    /// <summary>The caller's <c>If-Match</c>, held against the resource's version when the change is saved.</summary>
    public string? IfMatch { get; init; }
}

public sealed class CancelReplicationRequestHandler(IJippDbContext db, ICurrentClient client, TimeProvider clock) : ICommandHandler<CancelReplicationRequest, ReplicationRequestDto>
{
    public async ValueTask<ReplicationRequestDto> Handle(CancelReplicationRequest command, CancellationToken cancellationToken)
    {
        var request = await db.LoadRequestAsync(client, command.Id, cancellationToken);
        ReplicationAccess.Require(client.IsRequester(request), Refusals.RequestingAgency);
        request.Cancel(command.Input.Reason, clock.GetUtcNow());
        return request.ToResponse();
    }
}
