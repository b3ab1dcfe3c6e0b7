using Jipp.Application.Common.Errors;
using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Localization;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Application.ApiClients.GetApiClient;

public sealed record GetApiClient(Guid Id) : IQuery<ApiClientDto>;

public sealed class GetApiClientHandler(IJippDbContext db) : IQueryHandler<GetApiClient, ApiClientDto>
{
    public async ValueTask<ApiClientDto> Handle(GetApiClient query, CancellationToken cancellationToken) =>
        await db.ApiClients.AsNoTracking().Where(c => c.Id == query.Id).ProjectToDto().SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException(Refusals.ApiClient, query.Id);
}
