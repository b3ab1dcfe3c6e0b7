using Jipp.Application.Common.Errors;
using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Localization;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Application.Candidacies.GetCandidacy;

public sealed record GetCandidacy(Guid Id) : IQuery<CandidacyDto>;

public sealed class GetCandidacyHandler(IJippDbContext db, ICurrentClient client) : IQueryHandler<GetCandidacy, CandidacyDto>
{
    public async ValueTask<CandidacyDto> Handle(GetCandidacy query, CancellationToken cancellationToken) =>
        await db.Candidacies.AsNoTracking().VisibleTo(client).Where(c => c.Id == query.Id).Select(CandidacyProjections.ToDto).SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException(Refusals.Candidacy, query.Id);
}
