using Jipp.Application.Common.Concurrency;
using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Localization;
using Mediator;

namespace Jipp.Application.Replications.AgreeToReplication;

/// <param name="AgreedOn">When the agreement (kesepakatan) was signed; not in the future.</param>
/// <param name="DocumentRef">Reference of the agreement document.</param>
public sealed record AgreementInput(DateOnly AgreedOn, string DocumentRef);

/// <summary>The owner agrees to a verified request: the owner agency.</summary>
public sealed record AgreeToReplication(Guid Id, AgreementInput Input) : ICommand<ReplicationRequestDto>, IConditionalCommand
{
    object IConditionalCommand.Target => Id;

    /// <summary>The caller's <c>If-Match</c>, held against the resource's version when the change is saved.</summary>
    public string? IfMatch { get; init; }
}

public sealed class AgreeToReplicationHandler(IJippDbContext db, ICurrentClient client, TimeProvider clock) : ICommandHandler<AgreeToReplication, ReplicationRequestDto>
{
    public async ValueTask<ReplicationRequestDto> Handle(AgreeToReplication command, CancellationToken cancellationToken)
    {
        var request = await db.LoadRequestAsync(client, command.Id, cancellationToken);
        ReplicationAccess.Require(client.IsOwner(request), Refusals.InnovationOwner);
        request.Agree(command.Input.AgreedOn, command.Input.DocumentRef, clock.GetUtcNow());
        return request.ToResponse();
    }
}
