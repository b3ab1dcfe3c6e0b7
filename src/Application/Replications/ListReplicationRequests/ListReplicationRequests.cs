using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Paging;
using Jipp.Domain.Replications;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Application.Replications.ListReplicationRequests;

/// <summary>Requests the caller may see, newest first, keyset paged.</summary>
public sealed record ListReplicationRequests(ReplicationState? State, Guid? InnovationId, Guid? RequesterAgencyId, Guid? HubId, int PageSize, string? Cursor) : IQuery<Page<ReplicationRequestDto>>;

public sealed record ReplicationCursor(Guid Id);

public sealed class ListReplicationRequestsHandler(IJippDbContext db, ICurrentClient client) : IQueryHandler<ListReplicationRequests, Page<ReplicationRequestDto>>
{
    public async ValueTask<Page<ReplicationRequestDto>> Handle(ListReplicationRequests query, CancellationToken cancellationToken)
    {
        var requests = db.ReplicationRequests.AsNoTracking().VisibleTo(client);
        if (query.State is { } state)
        {
            requests = requests.Where(r => r.State == state);
        }

        if (query.InnovationId is { } innovation)
        {
            requests = requests.Where(r => r.InnovationId == innovation);
        }

        if (query.RequesterAgencyId is { } requester)
        {
            requests = requests.Where(r => r.RequesterAgencyId == requester);
        }

        if (query.HubId is { } hub)
        {
            requests = requests.Where(r => r.FacilitatingHubId == hub);
        }

        if (Common.Paging.Cursor.DecodeOrDefault<ReplicationCursor>(query.Cursor) is { } after)
        {
            requests = requests.Where(r => r.Id.CompareTo(after.Id) < 0);
        }

        var rows = await requests.OrderByDescending(r => r.Id).Take(query.PageSize + 1).Select(ReplicationProjections.ToDto).ToListAsync(cancellationToken);
        return Common.Paging.Cursor.ToPage(rows, query.PageSize, last => Common.Paging.Cursor.Encode(new ReplicationCursor(last.Id)));
    }
}
