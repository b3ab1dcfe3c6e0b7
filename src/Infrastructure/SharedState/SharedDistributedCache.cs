using Microsoft.Extensions.Caching.Distributed;

namespace Jipp.Infrastructure.SharedState;

/// <summary>
/// The second cache level of HybridCache in Redis, behind <see cref="SharedRedis"/>'s guard: while Redis fails, reads
/// miss and writes are dropped (counted as <c>cache</c> fallbacks), so that the first level and the computations
/// carry on as on one instance.
/// </summary>
public sealed class SharedDistributedCache(IDistributedCache redis, SharedRedis shared) : IDistributedCache
{
    public const string Use = "cache";

    public byte[]? Get(string key)
    {
        byte[]? value = null;
        Guard(() => value = redis.Get(key));
        return value;
    }

    public async Task<byte[]?> GetAsync(string key, CancellationToken token = default)
    {
        byte[]? value = null;
        await GuardAsync(async () => value = await redis.GetAsync(key, token).ConfigureAwait(false)).ConfigureAwait(false);
        return value;
    }

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => Guard(() => redis.Set(key, value, options));

    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) =>
        GuardAsync(() => redis.SetAsync(key, value, options, token));

    public void Refresh(string key) => Guard(() => redis.Refresh(key));

    public Task RefreshAsync(string key, CancellationToken token = default) => GuardAsync(() => redis.RefreshAsync(key, token));

    public void Remove(string key) => Guard(() => redis.Remove(key));

    public Task RemoveAsync(string key, CancellationToken token = default) => GuardAsync(() => redis.RemoveAsync(key, token));

    private void Guard(Action operation)
    {
        if (!shared.Available)
        {
            shared.FellBack(Use);
            return;
        }

        try
        {
            operation();
            shared.Succeeded();
        }
        catch (Exception e) when (SharedRedis.IsRedisFailure(e))
        {
            shared.Failed(Use, e);
        }
    }

    private async Task GuardAsync(Func<Task> operation)
    {
        if (!shared.Available)
        {
            shared.FellBack(Use);
            return;
        }

        try
        {
            await operation().ConfigureAwait(false);
            shared.Succeeded();
        }
        catch (Exception e) when (SharedRedis.IsRedisFailure(e))
        {
            shared.Failed(Use, e);
        }
    }
}
