using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Paging;
using Jipp.Domain.Hubs;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Application.Hubs.ListHubs;

/// <summary>Hubs in designation order (their ids are time-ordered), keyset paged.</summary>
public sealed record ListHubs(HubStatus? Status, int? DesignationYear, int PageSize, string? Cursor) : IQuery<Page<HubDto>>;

public sealed record HubCursor(Guid Id);

public sealed class ListHubsHandler(IJippDbContext db) : IQueryHandler<ListHubs, Page<HubDto>>
{
    public async ValueTask<Page<HubDto>> Handle(ListHubs query, CancellationToken cancellationToken)
    {
        var hubs = db.Hubs.AsNoTracking();
        if (query.Status is { } status)
        {
            hubs = hubs.Where(h => h.Status == status);
        }

        if (query.DesignationYear is { } year)
        {
            hubs = hubs.Where(h => h.DesignationYear == year);
        }

        if (Cursor.DecodeOrDefault<HubCursor>(query.Cursor) is { } after)
        {
            hubs = hubs.Where(h => h.Id.CompareTo(after.Id) > 0);
        }

        var rows = await hubs.OrderBy(h => h.Id).Take(query.PageSize + 1).ProjectToDto().ToListAsync(cancellationToken);
        return Cursor.ToPage(rows, query.PageSize, last => Cursor.Encode(new HubCursor(last.Id)));
    }
}
