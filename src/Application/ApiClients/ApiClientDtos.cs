using Jipp.Domain.ApiClients;

namespace Jipp.Application.ApiClients;

/// <param name="Id">UUID.</param>
/// <param name="Name">A name that tells people which system or person holds the key.</param>
/// <param name="Role">What the client may do.</param>
/// <param name="AgencyId">The agency an agency client acts for.</param>
/// <param name="HubId">The hub a hub client acts for.</param>
/// <param name="KeyPrefix">The key's first characters, to tell keys apart; never the key.</param>
/// <param name="CreatedAt">When the client was created.</param>
/// <param name="RevokedAt">When the key was revoked; it answers 401 from then on.</param>
public sealed record ApiClientDto(Guid Id, string Name, ApiClientRole Role, Guid? AgencyId, Guid? HubId, string KeyPrefix, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);

/// <param name="Id">UUID.</param>
/// <param name="Name">The client's name.</param>
/// <param name="Role">What the client may do.</param>
/// <param name="AgencyId">The agency an agency client acts for.</param>
/// <param name="HubId">The hub a hub client acts for.</param>
/// <param name="Key">The API key, to send as <c>X-Api-Key</c>. Shown only in this response: store it safely.</param>
/// <param name="KeyPrefix">The key's first characters, as shown in lists.</param>
/// <param name="CreatedAt">When the client was created.</param>
public sealed record CreatedApiClientDto(Guid Id, string Name, ApiClientRole Role, Guid? AgencyId, Guid? HubId, string Key, string KeyPrefix, DateTimeOffset CreatedAt);
