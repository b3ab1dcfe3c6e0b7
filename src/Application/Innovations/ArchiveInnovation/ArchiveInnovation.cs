using Jipp.Application.Common.Concurrency;
using Jipp.Application.Common.Errors;
using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Localization;
using Jipp.Domain.ApiClients;
using Mediator;

namespace Jipp.Application.Innovations.ArchiveInnovation;

/// <summary>Withdraws an innovation from the registry: its owner or the ministry.</summary>
public sealed record ArchiveInnovation(Guid Id) : ICommand<InnovationDto>, IConditionalCommand
{
    object IConditionalCommand.Target => Id;

    /// <summary>The caller's <c>If-Match</c>, held against the resource's version when the change is saved.</summary>
    public string? IfMatch { get; init; }
}

public sealed class ArchiveInnovationHandler(IJippDbContext db, ICurrentClient client, TimeProvider clock) : ICommandHandler<ArchiveInnovation, InnovationDto>
{
    public async ValueTask<InnovationDto> Handle(ArchiveInnovation command, CancellationToken cancellationToken)
    {
        var innovation = await db.LoadForChangeAsync(client, command.Id, cancellationToken);
        if (client.Role != ApiClientRole.Ministry && !client.IsOwner(innovation))
        {
            throw new ForbiddenException(Refusals.OnlyOwnerOrMinistryArchives);
        }

        innovation.Archive(clock.GetUtcNow());
        return innovation.ToResponse();
    }
}
