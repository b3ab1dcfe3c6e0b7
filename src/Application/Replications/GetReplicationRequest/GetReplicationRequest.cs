using Jipp.Application.Common.Errors;
using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Localization;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Application.Replications.GetReplicationRequest;

public sealed record GetReplicationRequest(Guid Id) : IQuery<ReplicationRequestDto>;

public sealed class GetReplicationRequestHandler(IJippDbContext db, ICurrentClient client) : IQueryHandler<GetReplicationRequest, ReplicationRequestDto>
{
    public async ValueTask<ReplicationRequestDto> Handle(GetReplicationRequest query, CancellationToken cancellationToken) =>
        await db.ReplicationRequests.AsNoTracking().VisibleTo(client).Where(r => r.Id == query.Id).Select(ReplicationProjections.ToDto).SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException(Refusals.ReplicationRequest, query.Id);
}
