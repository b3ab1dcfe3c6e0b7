using System.Security.Claims;
using Jipp.Application.Common.Interfaces;
using Jipp.Domain.ApiClients;
using Jipp.Infrastructure.Security;

namespace Jipp.Api.Security;

/// <summary>The authenticated client of the current HTTP request, read from its claims.</summary>
public sealed class CurrentClient(IHttpContextAccessor accessor) : ICurrentClient
{
    private ClaimsPrincipal? User => accessor.HttpContext?.User;

    public Guid? ClientId => GuidClaim(ClientClaims.ClientId);

    public ApiClientRole? Role =>
        Enum.TryParse<ApiClientRole>(User?.FindFirstValue(ClaimTypes.Role), ignoreCase: true, out var role) ? role : null;

    public Guid? AgencyId => GuidClaim(ClientClaims.AgencyId);

    public Guid? HubId => GuidClaim(ClientClaims.HubId);

    private Guid? GuidClaim(string type) => Guid.TryParse(User?.FindFirstValue(type), out var id) ? id : null;
}
