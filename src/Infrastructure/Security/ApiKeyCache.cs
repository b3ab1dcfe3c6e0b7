using System.Security.Claims;
using Jipp.Domain.ApiClients;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Jipp.Infrastructure.Security;

/// <summary>Settings of the API key lookup, bound from the <c>Jipp</c> configuration section.</summary>
public sealed record ApiKeyCacheOptions
{
    public const string SectionName = "Jipp";

    public const int DefaultCacheSeconds = 5;

    /// <summary>Revocation must take effect within seconds, not minutes.</summary>
    public const int MaxCacheSeconds = 30;

    /// <summary>
    /// <c>Jipp:ApiKeyCacheSeconds</c>: how long a successful key lookup is remembered, and so how long a
    /// revoked key may still be accepted; 0 looks every key up on every request. From 0 to <see cref="MaxCacheSeconds"/>.
    /// </summary>
    public int ApiKeyCacheSeconds { get; init; } = DefaultCacheSeconds;
}

/// <summary>The client a valid key belongs to, as the key lookup found it.</summary>
public sealed record AuthenticatedClient(Guid Id, string Name, ApiClientRole Role, Guid? AgencyId, Guid? HubId, byte[] KeyHash)
{
    public ClaimsPrincipal ToPrincipal()
    {
        var claims = new List<Claim>(5)
        {
            new(ClientClaims.ClientId, Id.ToString()),
            new(ClaimTypes.Name, Name),
            new(ClaimTypes.Role, RoleNames.Of(Role)),
        };
        if (AgencyId is { } agencyId)
        {
            claims.Add(new Claim(ClientClaims.AgencyId, agencyId.ToString()));
        }

        if (HubId is { } hubId)
        {
            claims.Add(new Claim(ClientClaims.HubId, hubId.ToString()));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, ClientClaims.Scheme));
    }
}

/// <summary>
/// Remembers successful key lookups for <see cref="ApiKeyCacheOptions.ApiKeyCacheSeconds"/>, by the key's
/// SHA-256, so that a client's requests do not each query the database for the same row. Only keys that
/// authenticated are kept (unknown keys are looked up every time, so guessing fills no memory), and at most
/// <see cref="MaxEntries"/> of them. A revoked key is refused once its entry expires: within the lifetime,
/// on every instance. Time comes from <see cref="TimeProvider"/>, so that tests can move it.
/// </summary>
public sealed class ApiKeyCache : IDisposable
{
    public const int MaxEntries = 10_000;

    private readonly MemoryCache _entries = new(new MemoryCacheOptions { SizeLimit = MaxEntries });
    private readonly TimeProvider _time;

    public ApiKeyCache(IOptions<ApiKeyCacheOptions> options, TimeProvider time)
    {
        _time = time;
        Lifetime = TimeSpan.FromSeconds(options.Value.ApiKeyCacheSeconds);
    }

    public TimeSpan Lifetime { get; }

    public bool TryGet(byte[] keyHash, out AuthenticatedClient client)
    {
        // The memory cache's own expiry follows the wall clock; the check here follows TimeProvider.
        if (Lifetime > TimeSpan.Zero && _entries.TryGetValue(Convert.ToBase64String(keyHash), out Entry? entry)
            && entry is not null && _time.GetUtcNow() < entry.ExpiresAt)
        {
            client = entry.Client;
            return true;
        }

        client = null!;
        return false;
    }

    public void Remember(AuthenticatedClient client)
    {
        if (Lifetime <= TimeSpan.Zero)
        {
            return;
        }

        _entries.Set(
            Convert.ToBase64String(client.KeyHash),
            new Entry(client, _time.GetUtcNow() + Lifetime),
            new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Lifetime });
    }

    public void Dispose() => _entries.Dispose();

    private sealed record Entry(AuthenticatedClient Client, DateTimeOffset ExpiresAt);
}
