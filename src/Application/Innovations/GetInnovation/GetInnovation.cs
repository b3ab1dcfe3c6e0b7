using Jipp.Application.Common.Errors;
using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Localization;
using Mediator;

namespace Jipp.Application.Innovations.GetInnovation;

public sealed record GetInnovation(Guid Id) : IQuery<InnovationDto>;

public sealed class GetInnovationHandler(IJippDbContext db, ICurrentClient client) : IQueryHandler<GetInnovation, InnovationDto>
{
    public async ValueTask<InnovationDto> Handle(GetInnovation query, CancellationToken cancellationToken) =>
        await db.FindVisibleAsync(client, query.Id, cancellationToken)
        ?? throw new NotFoundException(Refusals.Innovation, query.Id);
}
