using Jipp.Domain.Common;

namespace Jipp.Domain.ApiClients;

/// <summary>A caller of the API, holding one key with one role and, for hubs and agencies, one scope.</summary>
public sealed class ApiClient
{
    public const int NameMaxLength = 200;

    private ApiClient(Guid id, string name, ApiClientRole role, Guid? agencyId, Guid? hubId, byte[] keyHash, string keyPrefix, DateTimeOffset createdAt)
    {
        Id = id;
        Name = name;
        Role = role;
        AgencyId = agencyId;
        HubId = hubId;
        KeyHash = keyHash;
        KeyPrefix = keyPrefix;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public ApiClientRole Role { get; private set; }

    public Guid? AgencyId { get; private set; }

    public Guid? HubId { get; private set; }

    /// <summary>SHA-256 of the key; the key itself is never stored.</summary>
    public byte[] KeyHash { get; private set; }

    /// <summary>The key's first characters, so that people can tell keys apart without seeing them.</summary>
    public string KeyPrefix { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public bool IsRevoked => RevokedAt is not null;

    public static ApiClient Create(Guid id, string name, ApiClientRole role, Guid? agencyId, Guid? hubId, byte[] keyHash, string keyPrefix, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var scopeFits = role switch
        {
            ApiClientRole.Agency => agencyId is not null && hubId is null,
            ApiClientRole.Hub => hubId is not null && agencyId is null,
            _ => agencyId is null && hubId is null,
        };
        if (!scopeFits)
        {
            throw new DomainException("api_client.scope_mismatch", "An agency client needs exactly an agencyId, a hub client exactly a hubId, and other roles neither.");
        }

        return new ApiClient(id, name.Trim(), role, agencyId, hubId, keyHash, keyPrefix, now);
    }

    public static ApiClient Create(string name, ApiClientRole role, Guid? agencyId, Guid? hubId, byte[] keyHash, string keyPrefix, DateTimeOffset now) =>
        Create(IdGenerator.NewId(), name, role, agencyId, hubId, keyHash, keyPrefix, now);

    /// <summary>Revoking is idempotent: the first revocation time is kept.</summary>
    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;

    /// <summary>Gives the bootstrap administrator its configured key and makes it usable again.</summary>
    public void ResetKey(byte[] keyHash, string keyPrefix)
    {
        KeyHash = keyHash;
        KeyPrefix = keyPrefix;
        RevokedAt = null;
    }
}
