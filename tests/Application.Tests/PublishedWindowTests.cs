using Jipp.Application.Innovations.ListInnovations;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Hybrid;
using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;

namespace Jipp.Application.Tests;

/// <summary>A search's cached window, kept compact, gives back the positions it was made of, also through the second level.</summary>
public sealed class PublishedWindowTests
{
    private static readonly SearchCursor[] Positions =
    [
        new(Guid.Parse("019f908b-7f87-77ef-8730-fb0fd57e9d73"), true, 0.5f),
        new(Guid.Parse("019f908b-7f87-77ef-8730-fb0fd57e9d72"), false, 0.125f),
        new(Guid.Parse("019f908b-7f87-77ef-8730-fb0fd57e9d71"), false, null),
        new(Guid.Parse("019f908b-7f87-77ef-8730-fb0fd57e9d70"), null, null),
        new(Guid.Parse("019f908b-7f87-77ef-8730-fb0fd57e9d6f"), true, 0f),
    ];

    [Fact]
    public void Gives_back_each_positions_id_title_match_and_rank_in_order() =>
        Assert.Equal(Positions, SearchWindows.PublishedWindow.Of(Positions).ToPositions());

    [Fact]
    public async Task A_window_one_instance_stored_in_the_second_level_is_read_whole_by_another()
    {
        // Two instances (each its own memory level) sharing the second level, as two service instances share Redis.
        // (HybridCache leaves a MemoryDistributedCache out as its second level, hence a store of bytes of its own.)
        var shared = new SharedBytes();
        HybridCache Instance()
        {
            var services = new ServiceCollection();
            services.AddSingleton<IDistributedCache>(shared);
            services.AddHybridCache();
            return services.BuildServiceProvider().GetRequiredService<HybridCache>();
        }

        await Instance().SetAsync("window", SearchWindows.PublishedWindow.Of(Positions));
        var read = await Instance().GetOrCreateAsync("window", _ => ValueTask.FromResult(SearchWindows.PublishedWindow.Of([])));

        Assert.Equal(Positions, read.ToPositions());
    }

    private sealed class SharedBytes : IDistributedCache
    {
        private readonly ConcurrentDictionary<string, byte[]> _entries = new();

        public byte[]? Get(string key) => _entries.GetValueOrDefault(key);

        public Task<byte[]?> GetAsync(string key, CancellationToken token = default) => Task.FromResult(Get(key));

        public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => _entries[key] = value;

        public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default)
        {
            Set(key, value, options);
            return Task.CompletedTask;
        }

        public void Refresh(string key)
        {
        }

        public Task RefreshAsync(string key, CancellationToken token = default) => Task.CompletedTask;

        public void Remove(string key) => _entries.TryRemove(key, out _);

        public Task RemoveAsync(string key, CancellationToken token = default)
        {
            Remove(key);
            return Task.CompletedTask;
        }
    }
}
