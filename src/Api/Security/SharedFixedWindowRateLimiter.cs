using System.Threading.RateLimiting;
using Jipp.Infrastructure.SharedState;
using RedisRateLimiting;

namespace Jipp.Api.Security;

/// <summary>
/// One partition's fixed window kept in Redis (<c>RedisRateLimiting</c>), so that a caller's allowance is spent once
/// across every instance; while Redis fails, the same window in this instance's memory (as on one instance), counted
/// and logged by <see cref="SharedRedis"/>. A Redis failure never refuses a request nor fails it.
/// </summary>
public sealed class SharedFixedWindowRateLimiter : RateLimiter
{
    public const string Use = "rate_limit";

    /// <summary>A failed attempt without waiting: the rate-limiting middleware then asks <see cref="AcquireAsyncCore"/>, which may go to Redis.</summary>
    private static readonly RateLimitLease TryAsynchronously = new NotAcquired();

    private readonly SharedRedis _redis;
    private readonly string _key;
    private readonly RedisFixedWindowRateLimiterOptions _sharedOptions;
    private readonly FixedWindowRateLimiter _local;
    private RedisFixedWindowRateLimiter<string>? _shared;
    private long _sharedRemaining;
    private volatile bool _lastLocal;

    private SharedFixedWindowRateLimiter(SharedRedis redis, string key, int permits, TimeSpan window)
    {
        _redis = redis;
        _key = key;
        _sharedOptions = new RedisFixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, ConnectionMultiplexerFactory = () => redis.Connection };
        _local = new FixedWindowRateLimiter(CallerRateLimiter.Window(permits, window));
        _sharedRemaining = permits;
    }

    /// <summary>
    /// The partition <paramref name="key"/> of the limit <paramref name="scope"/>: shared through Redis when it is
    /// configured, else the in-memory fixed window of one instance.
    /// </summary>
    public static RateLimitPartition<string> Partition(SharedRedis redis, string scope, string key, int permits, TimeSpan window) =>
        redis.Configured
            ? RateLimitPartition.Get(key, k => new SharedFixedWindowRateLimiter(redis, $"{redis.KeyPrefix}rate:{scope}:{k}", permits, window))
            : RateLimitPartition.GetFixedWindowLimiter(key, _ => CallerRateLimiter.Window(permits, window));

    /// <summary>Idle while both windows are (the partitioned limiter drops idle partitions).</summary>
    public override TimeSpan? IdleDuration
    {
        get
        {
            if (_local.IdleDuration is not { } local)
            {
                return null;
            }

            if (_shared is null)
            {
                return local;
            }

            return _shared.IdleDuration is { } shared ? (shared < local ? shared : local) : null;
        }
    }

    /// <summary>What remains of the window after the caller's last request: Redis's count, or this instance's while falling back.</summary>
    public override RateLimiterStatistics? GetStatistics() =>
        _lastLocal ? _local.GetStatistics() : new RateLimiterStatistics { CurrentAvailablePermits = Interlocked.Read(ref _sharedRemaining) };

    protected override RateLimitLease AttemptAcquireCore(int permitCount) => TryAsynchronously;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        if (_redis.Available)
        {
            try
            {
                var lease = await Shared().AcquireAsync(permitCount, cancellationToken);
                _redis.Succeeded();
                if (lease.TryGetMetadata(RateLimitMetadataName.Remaining, out var remaining))
                {
                    Interlocked.Exchange(ref _sharedRemaining, remaining);
                }

                _lastLocal = false;
                return lease;
            }
            catch (Exception e) when (SharedRedis.IsRedisFailure(e))
            {
                _redis.Failed(Use, e);
            }
        }
        else
        {
            _redis.FellBack(Use);
        }

        _lastLocal = true;
        return await _local.AcquireAsync(permitCount, cancellationToken);
    }

    /// <summary>Created on first use, inside the guard of <see cref="AcquireAsyncCore"/>: it connects to Redis.</summary>
    private RedisFixedWindowRateLimiter<string> Shared()
    {
        if (Volatile.Read(ref _shared) is { } shared)
        {
            return shared;
        }

        var created = new RedisFixedWindowRateLimiter<string>(_key, _sharedOptions);
        return Interlocked.CompareExchange(ref _shared, created, null) ?? created;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _shared?.Dispose();
            _local.Dispose();
        }

        base.Dispose(disposing);
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        if (_shared is not null)
        {
            await _shared.DisposeAsync();
        }

        await _local.DisposeAsync();
        await base.DisposeAsyncCore();
    }

    private sealed class NotAcquired : RateLimitLease
    {
        public override bool IsAcquired => false;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
