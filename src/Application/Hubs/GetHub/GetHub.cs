using Jipp.Application.Common.Errors;
using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Localization;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Application.Hubs.GetHub;

public sealed record GetHub(Guid Id) : IQuery<HubDto>;

public sealed class GetHubHandler(IJippDbContext db) : IQueryHandler<GetHub, HubDto>
{
    public async ValueTask<HubDto> Handle(GetHub query, CancellationToken cancellationToken) =>
        await db.Hubs.AsNoTracking().Where(h => h.Id == query.Id).ProjectToDto().SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException(Refusals.Hub, query.Id);
}
