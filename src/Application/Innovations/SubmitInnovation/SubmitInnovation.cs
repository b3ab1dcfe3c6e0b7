using Jipp.Application.Common.Concurrency;
using Jipp.Application.Common.Interfaces;
using Mediator;

namespace Jipp.Application.Innovations.SubmitInnovation;

/// <summary>Sends a draft or returned innovation for verification; only its owner.</summary>
public sealed record SubmitInnovation(Guid Id) : ICommand<InnovationDto>, IConditionalCommand
{
    object IConditionalCommand.Target => Id;

    /// <summary>The caller's <c>If-Match</c>, held against the resource's version when the change is saved.</summary>
    public string? IfMatch { get; init; }
}

public sealed class SubmitInnovationHandler(IJippDbContext db, ICurrentClient client, TimeProvider clock) : ICommandHandler<SubmitInnovation, InnovationDto>
{
    public async ValueTask<InnovationDto> Handle(SubmitInnovation command, CancellationToken cancellationToken)
    {
        var innovation = await db.LoadForChangeAsync(client, command.Id, cancellationToken);
        client.RequireOwner(innovation);
        innovation.Submit(clock.GetUtcNow());
        return innovation.ToResponse();
    }
}
