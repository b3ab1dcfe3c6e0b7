using Jipp.Application.Common.Errors;
using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Localization;
using Jipp.Domain.ApiClients;
using Jipp.Domain.Innovations;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Application.Innovations;

/// <summary>
/// Who sees and who may act on an innovation. Everyone sees published innovations; an agency also
/// its own in every state; a hub also those of its province that have left draft; the ministry all.
/// What a caller may not see answers 404, as if it did not exist.
/// </summary>
public static class InnovationAccess
{
    public static IQueryable<Innovation> VisibleTo(this IQueryable<Innovation> innovations, ICurrentClient client) => client.Role switch
    {
        ApiClientRole.Ministry => innovations,
        ApiClientRole.Agency => innovations.Where(i => i.State == InnovationState.Published || i.AgencyId == client.AgencyId),
        ApiClientRole.Hub => innovations.Where(i => i.State == InnovationState.Published || (i.HubId == client.HubId && i.State != InnovationState.Draft)),
        _ => innovations.Where(i => i.State == InnovationState.Published),
    };

    /// <summary>Loads an innovation for a change, or 404 when the caller cannot see it.</summary>
    public static async Task<Innovation> LoadForChangeAsync(this IJippDbContext db, ICurrentClient client, Guid id, CancellationToken cancellationToken) =>
        await db.Innovations.VisibleTo(client).SingleOrDefaultAsync(i => i.Id == id, cancellationToken)
        ?? throw new NotFoundException(Refusals.Innovation, id);

    public static bool IsOwner(this ICurrentClient client, Innovation innovation) =>
        client.Role == ApiClientRole.Agency && client.AgencyId == innovation.AgencyId;

    public static void RequireOwner(this ICurrentClient client, Innovation innovation)
    {
        if (!client.IsOwner(innovation))
        {
            throw new ForbiddenException(Refusals.OnlyOwnerOfInnovation);
        }
    }
}
