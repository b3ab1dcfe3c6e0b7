using Jipp.Domain.ApiClients;

namespace Jipp.Application.Common.Interfaces;

/// <summary>The API client making the current request, or an anonymous caller.</summary>
public interface ICurrentClient
{
    Guid? ClientId { get; }

    ApiClientRole? Role { get; }

    /// <summary>The agency an <c>agency</c> client acts for.</summary>
    Guid? AgencyId { get; }

    /// <summary>The hub a <c>hub</c> client acts for.</summary>
    Guid? HubId { get; }

    bool IsAuthenticated => ClientId is not null;
}
