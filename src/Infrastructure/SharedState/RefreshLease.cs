namespace Jipp.Infrastructure.SharedState;

/// <summary>
/// Elects the one instance that does a periodic job for the cluster: a lease in Redis (<c>SET NX</c> with an expiry,
/// extended by its holder at every tick). An instance that stops holding it (it stopped, or cannot reach Redis) loses
/// it when it expires, and the next instance to ask takes it over. Without Redis, or while Redis fails, every
/// instance holds its own lease: each does the job, as one instance alone would.
/// </summary>
public sealed class RefreshLease(SharedRedis redis)
{
    public const string Use = "lease";

    /// <summary>This instance, for as long as it runs.</summary>
    private readonly string _holder = Environment.MachineName + ":" + Guid.NewGuid().ToString("N");

    /// <summary>Whether this instance is to do the job <paramref name="job"/> now; if so it holds the lease for <paramref name="duration"/>.</summary>
    public ValueTask<bool> HoldAsync(string job, TimeSpan duration)
    {
        if (!redis.Configured)
        {
            return ValueTask.FromResult(true);
        }

        var key = redis.KeyPrefix + "lease:" + job;
        return redis.TryAsync(
            Use,
            async database => await database.LockExtendAsync(key, _holder, duration).ConfigureAwait(false)
                || await database.LockTakeAsync(key, _holder, duration).ConfigureAwait(false),
            static () => ValueTask.FromResult(true));
    }
}
