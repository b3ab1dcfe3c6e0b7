using System.Collections.Concurrent;
using System.ComponentModel;
using System.Diagnostics.Metrics;
using Jipp.Application.Common.Interfaces;
using Jipp.Application.Statistics.GetOverview;
using Jipp.Application.Statistics.GetProvinceStatistics;
using Jipp.Application.Statistics.GetReplicationFlows;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Jipp.Application.Statistics;

/// <summary>A statistic as the registry stood at <paramref name="ComputedAt"/>.</summary>
/// <remarks>Marked immutable so that HybridCache hands every reader the same instance instead of a deserialised copy.</remarks>
[ImmutableObject(true)]
public sealed record StatisticsSnapshot<T>(T Value, DateTimeOffset ComputedAt)
    where T : class;

/// <summary>One statistic: its name (in the cache key, the log and the metrics) and how to compute it as of a moment.</summary>
public sealed class Statistic<T>(string name, Func<IJippDbContext, DateTimeOffset, CancellationToken, Task<T>> compute)
    where T : class
{
    public string Name => name;

    internal string Key { get; } = "jipp:statistics:" + name;

    internal Task<T> ComputeAsync(IJippDbContext db, DateTimeOffset asOf, CancellationToken cancellationToken) => compute(db, asOf, cancellationToken);
}

/// <summary>
/// The statistics answers, kept in a <see cref="HybridCache"/> that a background refresher fills every
/// <see cref="StatisticsOptions.RefreshSeconds"/>, so that a request reads a computed answer and never
/// computes one while the answer is younger than <see cref="StatisticsOptions.MaxAgeSeconds"/>.
/// </summary>
/// <remarks>
/// Readers and the refresher's first pass go through <see cref="HybridCache.GetOrCreateAsync{TState, T}(string, TState, Func{TState, CancellationToken, ValueTask{T}}, HybridCacheEntryOptions?, IEnumerable{string}?, CancellationToken)"/>,
/// which runs one computation per key for all who miss together and cancels it only when every one of
/// them has gone away (docs/adr/0014-statistics-refreshed-in-the-background.md tells what happened
/// when the first caller's cancellation ended the computation for all).
/// </remarks>
public sealed partial class StatisticsCache
{
    public const string MeterName = "Jipp.Statistics";

    private readonly HybridCache _cache;
    private readonly IServiceScopeFactory _scopes;
    private readonly StatisticsOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<StatisticsCache> _logger;
    private readonly TimeSpan _maxAge;
    private readonly HybridCacheEntryOptions _entryOptions;
    private readonly bool _shared;
    private readonly Counter<long> _computations;
    private readonly Counter<long> _reads;

    /// <summary>When each statistic was last asked for on this instance (UTC ticks), so that idle ones are not refreshed.</summary>
    private readonly ConcurrentDictionary<string, long> _lastRead = new(StringComparer.Ordinal);

    /// <param name="secondLevel">
    /// The distributed second level of <paramref name="cache"/>, if the host gave it one (Redis): the answers are then
    /// shared by the instances, and each keeps its own copy only for a refresh interval, so that it picks up the
    /// answers that the elected refresher of the cluster writes.
    /// </param>
    public StatisticsCache(HybridCache cache, IServiceScopeFactory scopes, IOptions<StatisticsOptions> options, TimeProvider clock, IMeterFactory meters, ILogger<StatisticsCache> logger, IDistributedCache? secondLevel = null)
    {
        _cache = cache;
        _scopes = scopes;
        _options = options.Value;
        _clock = clock;
        _logger = logger;
        _maxAge = TimeSpan.FromSeconds(_options.MaxAgeSeconds);
        _shared = secondLevel is not null && _options.Cached;
        _entryOptions = new HybridCacheEntryOptions { Expiration = _maxAge, LocalCacheExpiration = Local(_maxAge) };
        var meter = meters.Create(MeterName);
        _computations = meter.CreateCounter<long>("jipp.statistics.computations", description: "Statistics computed from the registry, by statistic and outcome.");
        _reads = meter.CreateCounter<long>("jipp.statistics.reads", description: "Statistics asked for by requests, by statistic.");
    }

    public TimeSpan RefreshInterval => TimeSpan.FromSeconds(_options.RefreshSeconds);

    public bool Enabled => _options.Cached;

    /// <summary>The answer to <paramref name="statistic"/>: the cached one while it is at most the max age old, else computed now.</summary>
    public async ValueTask<StatisticsSnapshot<T>> GetAsync<T>(Statistic<T> statistic, CancellationToken cancellationToken)
        where T : class
    {
        _reads.Add(1, new KeyValuePair<string, object?>("statistic", statistic.Name));
        _lastRead[statistic.Name] = _clock.GetUtcNow().UtcTicks;
        if (!_options.Cached)
        {
            return await ComputeAsync(statistic, cancellationToken);
        }

        var snapshot = await GetOrComputeAsync(statistic, cancellationToken);
        if (_clock.GetUtcNow() - snapshot.ComputedAt > _maxAge)
        {
            // Refreshes have failed for the whole max age (the database is down, say): rather than serve an
            // older answer, compute one, which either succeeds or fails as any read of the registry would.
            await _cache.RemoveAsync(statistic.Key, cancellationToken);
            snapshot = await GetOrComputeAsync(statistic, cancellationToken);
        }

        return snapshot;
    }

    /// <summary>
    /// Computes every statistic again that was asked for within the max age (every one with a shared second level) and
    /// replaces the cached answers. A failure is logged and leaves the
    /// previous answer in place until it reaches the max age; the next refresh tries again.
    /// </summary>
    /// <param name="cold">
    /// The first pass after start: it fills the cache through the same coalesced path as the readers, so that
    /// a request arriving meanwhile waits for this computation instead of starting its own.
    /// </param>
    public async Task RefreshAsync(bool cold, CancellationToken cancellationToken)
    {
        // One after the other: each is a scan of the registry, and the host has few cores to share with PostgreSQL.
        await RefreshAsync(GetOverviewHandler.Statistic, cold, cancellationToken);
        await RefreshAsync(GetProvinceStatisticsHandler.Statistic, cold, cancellationToken);
        await RefreshAsync(GetReplicationFlowsHandler.Statistic, cold, cancellationToken);
    }

    private async Task RefreshAsync<T>(Statistic<T> statistic, bool cold, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            if (cold)
            {
                await GetOrComputeAsync(statistic, cancellationToken);
                return;
            }

            if (!_shared && !ReadRecently(statistic))
            {
                // Nobody asked for it within the max age: its answer may expire, and the next caller waits for one
                // computation, as after a start. Each refresh is a scan of the registry that the other reads would
                // otherwise share their cores with. With a shared second level the readers are on other instances
                // too, which this one does not see: there every refresh runs.
                return;
            }

            var snapshot = await ComputeAsync(statistic, cancellationToken);
            var left = _maxAge - (_clock.GetUtcNow() - snapshot.ComputedAt);
            if (left > TimeSpan.Zero)
            {
                await _cache.SetAsync(statistic.Key, snapshot, new HybridCacheEntryOptions { Expiration = left, LocalCacheExpiration = left }, cancellationToken: cancellationToken);
            }
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            LogRefreshFailed(_logger, e, statistic.Name, _options.RefreshSeconds);
        }
    }

    private bool ReadRecently<T>(Statistic<T> statistic)
        where T : class =>
        _lastRead.TryGetValue(statistic.Name, out var ticks) && _clock.GetUtcNow().UtcTicks - ticks <= _maxAge.Ticks;

    /// <summary>
    /// How long an instance keeps an answer it read in its own memory: until it expires, or with a shared second level
    /// only a refresh interval (the refresher replaces its own copy at every refresh).
    /// </summary>
    private TimeSpan Local(TimeSpan expiration) => _shared && RefreshInterval < expiration ? RefreshInterval : expiration;

    private ValueTask<StatisticsSnapshot<T>> GetOrComputeAsync<T>(Statistic<T> statistic, CancellationToken cancellationToken)
        where T : class =>
        _cache.GetOrCreateAsync(
            statistic.Key,
            (Cache: this, Statistic: statistic),
            static (state, token) => new ValueTask<StatisticsSnapshot<T>>(state.Cache.ComputeAsync(state.Statistic, token)),
            _entryOptions,
            cancellationToken: cancellationToken);

    private async Task<StatisticsSnapshot<T>> ComputeAsync<T>(Statistic<T> statistic, CancellationToken cancellationToken)
        where T : class
    {
        var asOf = _clock.GetUtcNow();
        var started = _clock.GetTimestamp();
        try
        {
            // Its own scope: the refresher has no request, and a reader's computation outlives the reader's
            // request when others wait for it.
            await using var scope = _scopes.CreateAsyncScope();

            // Statistics are minutes-fresh by design: a standby (if any, and not too far behind) carries the scans.
            scope.ServiceProvider.GetRequiredService<IReadRouting>().PreferStandby();
            var value = await statistic.ComputeAsync(scope.ServiceProvider.GetRequiredService<IJippDbContext>(), asOf, cancellationToken);
            var elapsed = _clock.GetElapsedTime(started);
            Count(statistic, "computed");
            LogComputed(_logger, statistic.Name, elapsed.TotalMilliseconds);
            return new StatisticsSnapshot<T>(value, asOf);
        }
        catch
        {
            Count(statistic, "failed");
            throw;
        }
    }

    private void Count<T>(Statistic<T> statistic, string outcome)
        where T : class =>
        _computations.Add(1, new KeyValuePair<string, object?>("statistic", statistic.Name), new KeyValuePair<string, object?>("outcome", outcome));

    [LoggerMessage(Level = LogLevel.Information, Message = "Computed the {Statistic} statistics in {ElapsedMilliseconds:0.0} ms")]
    private static partial void LogComputed(ILogger logger, string statistic, double elapsedMilliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not refresh the {Statistic} statistics; the last answer is served until it is too old, and the refresh is tried again in {RefreshSeconds} s")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception, string statistic, int refreshSeconds);
}

public static class StatisticsRegistration
{
    /// <summary>
    /// The statistics cache and <see cref="StatisticsOptions"/> bound from <c>Jipp:Statistics</c>, refused at start
    /// unless the max age is 1–60 s and the refresh interval 0 (no cache) or shorter than the max age. The
    /// <see cref="HybridCache"/> it keeps its answers in, and the refresher, are the host's (Infrastructure).
    /// </summary>
    public static IServiceCollection AddStatisticsCache(this IServiceCollection services)
    {
        services.AddOptions<StatisticsOptions>()
            .BindConfiguration(StatisticsOptions.SectionName)
            .Validate(o => o.IsValid, $"Jipp:Statistics:MaxAgeSeconds must be from 1 to {StatisticsOptions.LimitSeconds} seconds, and Jipp:Statistics:RefreshSeconds 0 (no cache) or from 1 to less than MaxAgeSeconds.")
            .ValidateOnStart();
        services.AddSingleton<StatisticsCache>();
        return services;
    }
}
