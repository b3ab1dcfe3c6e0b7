using FluentValidation.Results;
using FluentValidation;
using Jipp.Application.Common.Concurrency;
using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Localization;
using Mediator;

namespace Jipp.Application.Innovations.UpdateInnovation;

/// <summary>Replaces an innovation's content; only its owner, only in draft or returned. The body's agencyId, if any, must be the owner's.</summary>
public sealed record UpdateInnovation(Guid Id, InnovationInput Input) : ICommand<InnovationDto>, IConditionalCommand
{
    object IConditionalCommand.Target => Id;

    /// <summary>The caller's <c>If-Match</c>, held against the resource's version when the change is saved.</summary>
    public string? IfMatch { get; init; }
}

public sealed class UpdateInnovationHandler(IJippDbContext db, ICurrentClient client, TimeProvider clock) : ICommandHandler<UpdateInnovation, InnovationDto>
{
    public async ValueTask<InnovationDto> Handle(UpdateInnovation command, CancellationToken cancellationToken)
    {
        var innovation = await db.LoadForChangeAsync(client, command.Id, cancellationToken);
        client.RequireOwner(innovation);
        if (command.Input.AgencyId is { } agencyId && agencyId != innovation.AgencyId)
        {
            // A 400 naming the field like every other invalid input; the body's own owner is accepted, so a client can send back what it read.
            throw new ValidationException([new ValidationFailure($"{nameof(command.Input)}.{nameof(command.Input.AgencyId)}", Messages.OwnerUnchangeable.Format())]);
        }

        innovation.Update(command.Input.ToContent(), clock.GetUtcNow());
        return innovation.ToResponse();
    }
}
