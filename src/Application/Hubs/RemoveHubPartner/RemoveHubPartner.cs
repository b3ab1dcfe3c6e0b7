using Jipp.Application.Common.Concurrency;
using Jipp.Application.Common.Errors;
using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Localization;
using Jipp.Domain.ApiClients;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Application.Hubs.RemoveHubPartner;

/// <summary>Removes a partner (mitra) from a hub: the ministry, or the hub itself.</summary>
public sealed record RemoveHubPartner(Guid HubId, Guid PartnerId) : ICommand, IConditionalCommand
{
    object IConditionalCommand.Target => HubId;

    /// <summary>The caller's <c>If-Match</c>, held against the resource's version when the change is saved.</summary>
    public string? IfMatch { get; init; }
}

public sealed class RemoveHubPartnerHandler(IJippDbContext db, ICurrentClient client, TimeProvider clock) : ICommandHandler<RemoveHubPartner>
{
    public async ValueTask<Unit> Handle(RemoveHubPartner command, CancellationToken cancellationToken)
    {
        var hub = await db.Hubs.Include(h => h.Partners).SingleOrDefaultAsync(h => h.Id == command.HubId, cancellationToken)
            ?? throw new NotFoundException(Refusals.Hub, command.HubId);
        if (client.Role != ApiClientRole.Ministry && !(client.Role == ApiClientRole.Hub && client.HubId == hub.Id))
        {
            throw new ForbiddenException(Refusals.OnlyMinistryOrHubManagesPartners);
        }

        if (!hub.RemovePartner(command.PartnerId, clock.GetUtcNow()))
        {
            throw new NotFoundException(Refusals.HubPartner, command.PartnerId);
        }

        return Unit.Value;
    }
}
