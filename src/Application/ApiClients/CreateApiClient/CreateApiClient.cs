using Jipp.Application.Common.Interfaces;
using Jipp.Domain.ApiClients;
using Mediator;

namespace Jipp.Application.ApiClients.CreateApiClient;

public sealed record CreateApiClient(string Name, ApiClientRole Role, Guid? AgencyId = null, Guid? HubId = null) : ICommand<CreatedApiClientDto>;

public sealed class CreateApiClientHandler(IJippDbContext db, IApiKeyService keys, TimeProvider clock) : ICommandHandler<CreateApiClient, CreatedApiClientDto>
{
    public async ValueTask<CreatedApiClientDto> Handle(CreateApiClient command, CancellationToken cancellationToken)
    {
        var key = keys.Generate();
        var client = ApiClient.Create(command.Name, command.Role, command.AgencyId, command.HubId, key.Hash, key.Prefix, clock.GetUtcNow());
        db.ApiClients.Add(client);
        return client.ToCreatedDto(key.Key);
    }
}
