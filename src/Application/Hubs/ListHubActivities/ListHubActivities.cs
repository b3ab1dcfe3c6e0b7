using Jipp.Application.Common.Errors;
using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Localization;
using Jipp.Application.Common.Paging;
using Jipp.Domain.Hubs;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Application.Hubs.ListHubActivities;

/// <summary>A hub's activities, newest recorded first (their ids are time-ordered), keyset paged.</summary>
public sealed record ListHubActivities(Guid HubId, HubActivityType? Type, int PageSize, string? Cursor) : IQuery<Page<HubActivityDto>>;

public sealed record HubActivityCursor(Guid Id);

public sealed class ListHubActivitiesHandler(IJippDbContext db) : IQueryHandler<ListHubActivities, Page<HubActivityDto>>
{
    public async ValueTask<Page<HubActivityDto>> Handle(ListHubActivities query, CancellationToken cancellationToken)
    {
        if (!await db.Hubs.AnyAsync(h => h.Id == query.HubId, cancellationToken))
        {
            throw new NotFoundException(Refusals.Hub, query.HubId);
        }

        var activities = db.HubActivities.AsNoTracking().Where(a => a.HubId == query.HubId);
        if (query.Type is { } type)
        {
            activities = activities.Where(a => a.Type == type);
        }

        if (Cursor.DecodeOrDefault<HubActivityCursor>(query.Cursor) is { } after)
        {
            activities = activities.Where(a => a.Id.CompareTo(after.Id) < 0);
        }

        var rows = await activities.OrderByDescending(a => a.Id).Take(query.PageSize + 1).Select(HubActivityProjections.ToDto).ToListAsync(cancellationToken);
        return Cursor.ToPage(rows, query.PageSize, last => Cursor.Encode(new HubActivityCursor(last.Id)));
    }
}
