using Jipp.Application.Common.Interfaces;
using Mediator;

namespace Jipp.Application.Innovations.SubmitInnovation;

/// <summary>Sends a draft or returned innovation for verification; only its owner.</summary>
public sealed record SubmitInnovation(Guid Id) : ICommand<InnovationDto>;

public sealed class SubmitInnovationHandler(IJippDbContext db, ICurrentClient client, TimeProvider clock) : ICommandHandler<SubmitInnovation, InnovationDto>
{
    public async ValueTask<InnovationDto> Handle(SubmitInnovation command, CancellationToken cancellationToken)
    {
        var innovation = await db.LoadForChangeAsync(client, command.Id, cancellationToken);
        client.RequireOwner(innovation);
        innovation.Submit(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return innovation.ToResponse();
    }
}
