using Jipp.Application.Common.Errors;
using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Localization;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Application.Innovations.GetInnovation;

public sealed record GetInnovation(Guid Id) : IQuery<InnovationDto>;

public sealed class GetInnovationHandler(IJippDbContext db, ICurrentClient client) : IQueryHandler<GetInnovation, InnovationDto>
{
    public async ValueTask<InnovationDto> Handle(GetInnovation query, CancellationToken cancellationToken) =>
        await db.Innovations.AsNoTracking().VisibleTo(client).Where(i => i.Id == query.Id).Select(InnovationProjections.ToDto).SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException(Refusals.Innovation, query.Id);
}
