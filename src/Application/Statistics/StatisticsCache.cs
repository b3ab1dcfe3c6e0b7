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

        // Two callers missing at once both compute; the numbers are the same, so no lock is worth it.
        var fresh = await compute(cancellationToken);
        cache.Set(query, fresh, lifetime);
        return fresh;
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
