using Jipp.Application.Common.Interfaces;
using Mediator;

namespace Jipp.Application.Innovations.UpdateInnovation;

/// <summary>Replaces an innovation's content; only its owner, only in draft or returned.</summary>
public sealed record UpdateInnovation(Guid Id, InnovationInput Input) : ICommand<InnovationDto>;

public sealed class UpdateInnovationHandler(IJippDbContext db, ICurrentClient client, TimeProvider clock) : ICommandHandler<UpdateInnovation, InnovationDto>
{
    public async ValueTask<InnovationDto> Handle(UpdateInnovation command, CancellationToken cancellationToken)
    {
        var innovation = await db.LoadForChangeAsync(client, command.Id, cancellationToken);
        client.RequireOwner(innovation);
        innovation.Update(command.Input.ToContent(), clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return innovation.ToResponse();
    }
}
