using Jipp.Application.Common.Errors;
using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Localization;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Application.Agencies.GetAgency;

public sealed record GetAgency(Guid Id) : IQuery<AgencyDto>;

public sealed class GetAgencyHandler(IJippDbContext db) : IQueryHandler<GetAgency, AgencyDto>
{
    public async ValueTask<AgencyDto> Handle(GetAgency query, CancellationToken cancellationToken) =>
        await db.Agencies.AsNoTracking().Where(a => a.Id == query.Id).ProjectToDto().SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException(Refusals.Agency, query.Id);
}
