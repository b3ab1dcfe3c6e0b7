using Jipp.Infrastructure.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Jipp.Infrastructure.SharedState;

/// <summary>
/// The Redis that instances share their state in (rate-limit windows, the statistics' second cache level, the
/// refresher's lease, recent writers), named by <c>ConnectionStrings:Redis</c>; absent, everything stays in the
/// process as on one instance. Redis is help, never a dependency: an operation that fails falls back to the
/// instance's own state, is counted in <c>jipp.redis.fallbacks</c> and logged once per outage, and Redis is left
/// alone for <see cref="BackOff"/> before it is tried again, so that an outage costs no request a time-out.
/// </summary>
public sealed partial class SharedRedis : IDisposable
{
    public const string ConnectionStringName = "Redis";

    /// <summary>How long Redis is left alone after a failure; meanwhile every use takes its fallback at once.</summary>
    public static readonly TimeSpan BackOff = TimeSpan.FromSeconds(5);

    private readonly ConfigurationOptions? _options;
    private readonly Lock _connecting = new();
    private readonly JippMetrics _metrics;
    private ConnectionMultiplexer? _connection;
    private readonly ILogger<SharedRedis> _logger;
    private long _skipUntil;
    private int _failing;

    public SharedRedis(IConfiguration configuration, JippMetrics metrics, ILogger<SharedRedis> logger)
    {
        _metrics = metrics;
        _logger = logger;
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        KeyPrefix = configuration["Jipp:SharedState:KeyPrefix"] is { Length: > 0 } prefix ? prefix : "jipp:";
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            _options = Options(connectionString);
        }
    }

    /// <summary>Whether <c>ConnectionStrings:Redis</c> is set (whether or not Redis answers).</summary>
    public bool Configured => _options is not null;

    /// <summary>
    /// Put before every key, so that deployments (or test hosts) sharing one Redis do not share state:
    /// <c>Jipp:SharedState:KeyPrefix</c>, <c>jipp:</c> by default.
    /// </summary>
    public string KeyPrefix { get; }

    /// <summary>False while backing off after a failure: the caller takes its fallback without trying Redis.</summary>
    public bool Available => Configured && Environment.TickCount64 >= Interlocked.Read(ref _skipUntil);

    /// <summary>The connection (opened at start by <see cref="ConnectAsync"/>, else on first use; it reconnects by itself after an outage).</summary>
    public IConnectionMultiplexer Connection
    {
        get
        {
            if (_connection is { } connection)
            {
                return connection;
            }

            var options = _options ?? throw new InvalidOperationException("ConnectionStrings:Redis is not set.");
            lock (_connecting)
            {
                if (_connection is null)
                {
                    // Used before the host started (at start-up, before the connector ran): wait as the connector would.
                    var opened = ConnectionMultiplexer.Connect(options);
                    var deadline = Environment.TickCount64 + options.ConnectTimeout;
                    while (!opened.IsConnected && Environment.TickCount64 < deadline)
                    {
                        Thread.Sleep(20);
                    }

                    _connection = opened;
                }

                return _connection;
            }
        }
    }

    /// <summary>
    /// Opens the connection and waits for it up to the connect time-out, so that the first requests find Redis
    /// connected; an unreachable Redis only delays the start by that time-out (the service then starts on its own state).
    /// </summary>
    public async Task ConnectAsync(CancellationToken cancellationToken)
    {
        if (_options is not { } options || _connection is not null)
        {
            return;
        }

        var connection = await ConnectionMultiplexer.ConnectAsync(options).ConfigureAwait(false);
        lock (_connecting)
        {
            if (_connection is null)
            {
                _connection = connection;
            }
            else
            {
                connection.Dispose();
                return;
            }
        }

        var deadline = Environment.TickCount64 + options.ConnectTimeout;
        while (!connection.IsConnected && Environment.TickCount64 < deadline)
        {
            await Task.Delay(20, cancellationToken).ConfigureAwait(false);
        }
    }

    public IDatabase Database => Connection.GetDatabase();

    /// <summary>
    /// Runs <paramref name="operation"/> on Redis; on a Redis failure (or while backing off) returns the result of
    /// <paramref name="fallback"/> instead, counted under <paramref name="use"/>.
    /// </summary>
    public async ValueTask<T> TryAsync<T>(string use, Func<IDatabase, Task<T>> operation, Func<ValueTask<T>> fallback)
    {
        if (Available)
        {
            try
            {
                var result = await operation(Database).ConfigureAwait(false);
                Succeeded();
                return result;
            }
            catch (Exception e) when (IsRedisFailure(e))
            {
                Failed(use, e);
                return await fallback().ConfigureAwait(false);
            }
        }

        FellBack(use);
        return await fallback().ConfigureAwait(false);
    }

    /// <summary>Whether <paramref name="e"/> is Redis failing (down, unreachable, slow), as opposed to a bug.</summary>
    public static bool IsRedisFailure(Exception e) => e is RedisException or TimeoutException or ObjectDisposedException;

    /// <summary>A use fell back without trying Redis (backing off): counted, not logged again.</summary>
    public void FellBack(string use) => _metrics.RedisFallback(use);

    /// <summary>A Redis operation failed: counts the fallback, logs the start of an outage once, and backs off.</summary>
    public void Failed(string use, Exception e)
    {
        _metrics.RedisFallback(use);
        Interlocked.Exchange(ref _skipUntil, Environment.TickCount64 + (long)BackOff.TotalMilliseconds);
        if (Interlocked.Exchange(ref _failing, 1) == 0)
        {
            LogFailing(_logger, e, use, (int)BackOff.TotalSeconds);
        }
    }

    /// <summary>A Redis operation succeeded: ends an outage (logged once).</summary>
    public void Succeeded()
    {
        if (Volatile.Read(ref _failing) == 1 && Interlocked.Exchange(ref _failing, 0) == 1)
        {
            LogRecovered(_logger);
        }
    }

    public void Dispose() => _connection?.Dispose();

    /// <summary>
    /// Fails fast instead of queueing commands while disconnected, and gives up on a slow Redis within a second
    /// unless the connection string says otherwise: the fallback is always ready, a request should not wait.
    /// </summary>
    internal static ConfigurationOptions Options(string connectionString)
    {
        var options = ConfigurationOptions.Parse(connectionString);
        options.AbortOnConnectFail = false;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        if (!Mentions(connectionString, "connectTimeout"))
        {
            options.ConnectTimeout = 2000;
        }

        if (!Mentions(connectionString, "syncTimeout"))
        {
            options.SyncTimeout = 1000;
        }

        if (!Mentions(connectionString, "asyncTimeout"))
        {
            options.AsyncTimeout = 1000;
        }

        return options;
    }

    private static bool Mentions(string connectionString, string option) =>
        connectionString.Contains(option + "=", StringComparison.OrdinalIgnoreCase);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis failed ({Use}); every instance keeps its own state (rate limits, caches) until it answers again, tried again in {BackOffSeconds} s")]
    private static partial void LogFailing(ILogger logger, Exception exception, string use, int backOffSeconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Redis answers again; state is shared between instances again")]
    private static partial void LogRecovered(ILogger logger);
}

/// <summary>Connects to Redis while the host starts, before the services that use it (see <see cref="SharedRedis.ConnectAsync"/>).</summary>
public sealed class SharedRedisConnector(SharedRedis redis) : Microsoft.Extensions.Hosting.IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => redis.ConnectAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
