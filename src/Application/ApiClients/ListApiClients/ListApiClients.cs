using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Paging;
using Jipp.Domain.ApiClients;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Application.ApiClients.ListApiClients;

/// <summary>API clients in creation order, keyset paged; keys are never listed.</summary>
public sealed record ListApiClients(ApiClientRole? Role, int PageSize, string? Cursor) : IQuery<Page<ApiClientDto>>;

public sealed record ApiClientCursor(Guid Id);

public sealed class ListApiClientsHandler(IJippDbContext db) : IQueryHandler<ListApiClients, Page<ApiClientDto>>
{
    public async ValueTask<Page<ApiClientDto>> Handle(ListApiClients query, CancellationToken cancellationToken)
    {
        var clients = db.ApiClients.AsNoTracking();
        if (query.Role is { } role)
        {
            clients = clients.Where(c => c.Role == role);
        }

        if (Cursor.DecodeOrDefault<ApiClientCursor>(query.Cursor) is { } after)
        {
            clients = clients.Where(c => c.Id.CompareTo(after.Id) > 0);
        }

        var rows = await clients.OrderBy(c => c.Id).Take(query.PageSize + 1).ProjectToDto().ToListAsync(cancellationToken);
        return Cursor.ToPage(rows, query.PageSize, last => Cursor.Encode(new ApiClientCursor(last.Id)));
    }
}
