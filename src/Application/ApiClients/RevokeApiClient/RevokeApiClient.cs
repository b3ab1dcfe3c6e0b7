using Jipp.Application.Common.Errors;
using Jipp.Application.Common.Interfaces;
using Jipp.Application.Common.Localization;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Application.ApiClients.RevokeApiClient;

/// <summary>Revokes a client's key. Revoking an already revoked client changes nothing.</summary>
public sealed record RevokeApiClient(Guid Id) : ICommand;

public sealed class RevokeApiClientHandler(IJippDbContext db, TimeProvider clock) : ICommandHandler<RevokeApiClient>
{
    public async ValueTask<Unit> Handle(RevokeApiClient command, CancellationToken cancellationToken)
    {
        var client = await db.ApiClients.SingleOrDefaultAsync(c => c.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException(Refusals.ApiClient, command.Id);
        client.Revoke(clock.GetUtcNow());
        return Unit.Value;
    }
}
