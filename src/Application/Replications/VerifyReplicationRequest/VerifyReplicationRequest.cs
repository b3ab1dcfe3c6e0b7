using Jipp.Application.Common.Concurrency;
using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Localization;
using Mediator;

namespace Jipp.Application.Replications.VerifyReplicationRequest;

/// <param name="Approved">true to verify the request, false to reject it.</param>
/// <param name="Notes">The facilitator's notes (at most 4000 characters).</param>
public sealed record ReplicationVerificationInput(bool Approved, string? Notes = null);

/// <summary>Verifies or rejects a submitted request: the facilitating hub or the ministry.</summary>
public sealed record VerifyReplicationRequest(Guid Id, ReplicationVerificationInput Input) : ICommand<ReplicationRequestDto>, IConditionalCommand
{
    object IConditionalCommand.Target => Id;

    /// <summary>The caller's <c>If-Match</c>, held against the resource's version when the change is saved.</summary>
    public string? IfMatch { get; init; }
}

public sealed class VerifyReplicationRequestHandler(IJippDbContext db, ICurrentClient client, TimeProvider clock) : ICommandHandler<VerifyReplicationRequest, ReplicationRequestDto>
{
    public async ValueTask<ReplicationRequestDto> Handle(VerifyReplicationRequest command, CancellationToken cancellationToken)
    {
        var request = await db.LoadRequestAsync(client, command.Id, cancellationToken);
        ReplicationAccess.Require(client.IsFacilitator(request), Refusals.FacilitatorOrMinistry);
        request.Verify(command.Input.Approved, command.Input.Notes, clock.GetUtcNow());
        return request.ToResponse();
    }
}
