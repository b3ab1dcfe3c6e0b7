using System.Collections.Concurrent;
using Mediator;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Jipp.Application.Statistics;

/// <summary>
/// Keeps each statistics answer in memory for <see cref="StatisticsOptions.StatisticsCacheSeconds"/>,
/// so that dashboards polling the routes cost a lookup rather than a scan of the registry.
/// </summary>
public sealed class StatisticsCache(IMemoryCache cache, IOptions<StatisticsOptions> options)
{
    private readonly ConcurrentDictionary<object, Task<object>> _inFlight = new();

    /// <summary>The cached answer to <paramref name="query"/>, or a fresh one, which is then cached.</summary>
    /// <remarks>Queries are records, so equal queries share one entry and different queries never collide.</remarks>
    public async ValueTask<TResult> GetOrComputeAsync<TResult>(IQuery<TResult> query, Func<CancellationToken, Task<TResult>> compute, CancellationToken cancellationToken)
        where TResult : class
    {
        var lifetime = TimeSpan.FromSeconds(options.Value.StatisticsCacheSeconds);
        if (lifetime <= TimeSpan.Zero)
        {
            return await compute(cancellationToken);
        }

        if (cache.TryGetValue(query, out TResult? cached) && cached is not null)
        {
            return cached;
        }

        // Callers that miss at once share one computation instead of each scanning the registry (under
        // load a whole pool of requests would otherwise aggregate the same million rows together).
        var ours = new TaskCompletionSource<object>(TaskCreationOptions.RunContinuationsAsynchronously);
        var flight = _inFlight.GetOrAdd(query, ours.Task);
        if (flight != ours.Task)
        {
            try
            {
                return (TResult)await flight.WaitAsync(cancellationToken);
            }
            catch (Exception) when (!cancellationToken.IsCancellationRequested)
            {
                // The caller that computed failed or went away with its own request: compute for ourselves.
                return await compute(cancellationToken);
            }
        }

        try
        {
            var fresh = await compute(cancellationToken);
            cache.Set(query, fresh, lifetime);
            ours.SetResult(fresh);
            return fresh;
        }
        catch (Exception e)
        {
            ours.SetException(e);
            throw;
        }
        finally
        {
            _inFlight.TryRemove(KeyValuePair.Create<object, Task<object>>(query, ours.Task));
        }
    }
}

public static class StatisticsRegistration
{
    /// <summary>
    /// The statistics cache: an <see cref="IMemoryCache"/> and <see cref="StatisticsOptions"/> bound from
    /// <c>Jipp:StatisticsCacheSeconds</c>, refused at start when outside 0–60.
    /// </summary>
    public static IServiceCollection AddStatisticsCache(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddOptions<StatisticsOptions>()
            .BindConfiguration(StatisticsOptions.SectionName)
            .Validate(o => o.StatisticsCacheSeconds is >= 0 and <= StatisticsOptions.MaxCacheSeconds, $"Jipp:StatisticsCacheSeconds must be from 0 (no cache) to {StatisticsOptions.MaxCacheSeconds} seconds.")
            .ValidateOnStart();
        services.AddSingleton<StatisticsCache>();
        return services;
    }
}
