using Jipp.Infrastructure.SharedState;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Jipp.Infrastructure.Persistence.Replicas;

/// <summary>
/// The clients that wrote within <see cref="ReadReplicaOptions.PrimaryAfterWriteSeconds"/>, whose reads go to the
/// primary so that they see their own writes: in Redis (an expiring key per client) when it is configured, so that the
/// next read finds the write whichever instance it reaches; always also in this instance's memory, which answers first
/// and is all there is without Redis or while it fails.
/// </summary>
public sealed class RecentWriters(SharedRedis redis, IOptions<ReadReplicaOptions> options, TimeProvider clock) : IDisposable
{
    public const string Use = "recent_writes";

    private const int MaxEntries = 100_000;

    private readonly MemoryCache _local = new(new MemoryCacheOptions { SizeLimit = MaxEntries });
    private readonly TimeSpan _window = TimeSpan.FromSeconds(options.Value.PrimaryAfterWriteSeconds);

    public TimeSpan Window => _window;

    public async ValueTask RecordAsync(string clientId)
    {
        var until = clock.GetUtcNow() + _window;
        _local.Set(clientId, until, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = _window });
        if (redis.Configured)
        {
            await redis.TryAsync(Use, database => database.StringSetAsync(Key(clientId), 1, _window), static () => ValueTask.FromResult(false));
        }
    }

    public async ValueTask<bool> WroteRecentlyAsync(string clientId)
    {
        // The memory cache's own expiry follows the wall clock; the check here follows TimeProvider.
        if (_local.TryGetValue(clientId, out DateTimeOffset until) && clock.GetUtcNow() < until)
        {
            return true;
        }

        return redis.Configured
            && await redis.TryAsync(Use, database => database.KeyExistsAsync(Key(clientId)), static () => ValueTask.FromResult(false));
    }

    public void Dispose() => _local.Dispose();

    private string Key(string clientId) => redis.KeyPrefix + "wrote:" + clientId;
}
