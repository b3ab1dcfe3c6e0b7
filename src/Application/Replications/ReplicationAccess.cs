using Jipp.Application.Common.Errors;
using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Localization;
using Jipp.Domain.ApiClients;
using Jipp.Domain.Replications;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Application.Replications;

/// <summary>The ministry and readers see every request; a hub those it facilitates; an agency those it requested or owns.</summary>
public static class ReplicationAccess
{
    public static IQueryable<ReplicationRequest> VisibleTo(this IQueryable<ReplicationRequest> requests, ICurrentClient client) => client.Role switch
    {
        ApiClientRole.Ministry or ApiClientRole.Reader => requests,
        ApiClientRole.Hub => requests.Where(r => r.FacilitatingHubId == client.HubId),
        ApiClientRole.Agency => requests.Where(r => r.RequesterAgencyId == client.AgencyId || r.OwnerAgencyId == client.AgencyId),
        _ => requests.Where(_ => false),
    };

    public static async Task<ReplicationRequest> LoadRequestAsync(this IJippDbContext db, ICurrentClient client, Guid id, CancellationToken cancellationToken) =>
        await db.ReplicationRequests.VisibleTo(client).SingleOrDefaultAsync(r => r.Id == id, cancellationToken)
        ?? throw new NotFoundException(Refusals.ReplicationRequest, id);

    public static bool IsRequester(this ICurrentClient client, ReplicationRequest request) =>
        client.Role == ApiClientRole.Agency && client.AgencyId == request.RequesterAgencyId;

    public static bool IsOwner(this ICurrentClient client, ReplicationRequest request) =>
        client.Role == ApiClientRole.Agency && client.AgencyId == request.OwnerAgencyId;

    public static bool IsFacilitator(this ICurrentClient client, ReplicationRequest request) =>
        client.Role == ApiClientRole.Ministry || (client.Role == ApiClientRole.Hub && request.FacilitatingHubId is not null && client.HubId == request.FacilitatingHubId);

    public static void Require(bool allowed, Phrase who)
    {
        if (!allowed)
        {
            throw new ForbiddenException(Refusals.OnlyWho, who);
        }
    }
}
