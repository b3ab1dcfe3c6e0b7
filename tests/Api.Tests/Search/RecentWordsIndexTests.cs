using Jipp.Api.Tests.Infrastructure;
using Jipp.Api.Tests.Security;
using Jipp.Domain.ApiClients;
using Jipp.Infrastructure.Search;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Jipp.Api.Tests.Search;

/// <summary>
/// The service with an index of the newest three innovations' words (ADR 31), a ranking window of three and search
/// ranges of the newest two and five innovations, so that a search's first attempt lies within the index.
/// </summary>
public sealed class RecentWordsIndexFactory : ApiFactoryBase
{
    public const int Depth = 3;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Jipp:Search:RecentIndexDepths:0", Depth.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Jipp:Search:RankingWindow", "3");
        builder.UseSetting("Jipp:Search:RangeDepths:0", "2");
        builder.UseSetting("Jipp:Search:RangeDepths:1", "5");
    }
}

public sealed class RecentWordsIndexTests(RecentWordsIndexFactory factory) : SecurityFactoryTest<RecentWordsIndexFactory>(factory)
{
    [Fact]
    public async Task The_index_of_the_newest_innovations_is_renewed_when_outgrown_and_rebuilt_when_missing_and_never_changes_an_answer()
    {
        var index = Factory.Services.GetRequiredService<RecentWordsIndex>();
        var agencyId = await ProvincialGovernmentIdAsync("35");
        var (_, _, owner) = await ClientAsync(ApiClientRole.Agency, agencyId);
        var ministry = Factory.CreateClient(ApiFactory.AdminKey);
        var ids = new List<Guid>();
        for (var i = 0; i < 8; i++)
        {
            var body = InnovationTest.Body(title: i % 3 == 0 ? $"Bank Sampah Kelurahan {i}" : $"Layanan Kebersihan Kelurahan {i}", sector: "environment");
            body["problem"] = "Warga mengeluhkan sampah menumpuk di tepi jalan.";
            ids.Add(await SearchRankingWindowTests.PublishedAsync(owner, ministry, body));
        }

        // Eight innovations now lie above the bound the index was built with at start (the registry was empty or
        // smaller): more than twice the depth, so it is built again at the third newest, and the old one dropped.
        await WhenFreeAsync(() => index.MaintainAsync(CancellationToken.None));
        var expectedBound = await Factory.WithDbAsync(db => db.Innovations.OrderByDescending(i => i.Id).Skip(RecentWordsIndexFactory.Depth - 1).Select(i => i.Id).FirstAsync());
        Assert.Equal([RecentWordsIndex.NameOf(expectedBound)], await IndexNamesAsync());
        Assert.Equal([expectedBound], await index.CurrentBoundsAsync(CancellationToken.None));
        Assert.False(await index.MaintainAsync(CancellationToken.None)); // not outgrown: nothing to do

        // The same answers with the index and without it.
        var anonymous = Factory.CreateClient(apiKey: null);
        var with = await SearchRankingWindowTests.AllPagesAsync(anonymous, "sampah", pageSize: 2);
        await ExecuteAsync($"DROP INDEX {RecentWordsIndex.NameOf(expectedBound)}");
        var without = await SearchRankingWindowTests.AllPagesAsync(anonymous, "sampah", pageSize: 2);
        Assert.Equal(with, without);
        Assert.Equal(ids.Count, with.Distinct().Count());

        // Gone (dropped by hand, or a build that was interrupted): built again at the next check.
        Assert.True(await index.MaintainAsync(CancellationToken.None));
        Assert.Equal([RecentWordsIndex.NameOf(expectedBound)], await IndexNamesAsync());
    }

    // The index's check may be running in the background (at start); it then returns false without waiting.
    internal static async Task WhenFreeAsync(Func<Task<bool>> maintain)
    {
        for (var attempt = 0; attempt < 100 && !await maintain(); attempt++)
        {
            await Task.Delay(100);
        }
    }

    private Task<List<string>> IndexNamesAsync() => IndexNamesAsync(Factory.ConnectionString);

    internal static async Task<List<string>> IndexNamesAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT indexname FROM pg_indexes WHERE tablename = 'innovations' AND indexname LIKE 'ix\\_innovations\\_recent\\_words\\_%' ORDER BY 1", connection);
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

/// <summary>The service with indexes of the newest two and the newest five innovations' words.</summary>
public sealed class RecentWordsIndexDepthsFactory : ApiFactoryBase
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Jipp:Search:RecentIndexDepths:0", "2");
        builder.UseSetting("Jipp:Search:RecentIndexDepths:1", "5");
    }
}

public sealed class RecentWordsIndexDepthsTests(RecentWordsIndexDepthsFactory factory) : SecurityFactoryTest<RecentWordsIndexDepthsFactory>(factory)
{
    [Fact]
    public async Task Each_depth_keeps_the_smallest_index_that_fits_it_and_only_a_depth_without_one_gets_a_new_one()
    {
        var index = Factory.Services.GetRequiredService<RecentWordsIndex>();
        var (_, _, owner) = await ClientAsync(ApiClientRole.Agency, await ProvincialGovernmentIdAsync("35"));
        var ministry = Factory.CreateClient(ApiFactory.AdminKey);
        async Task PublishAsync(int count)
        {
            for (var i = 0; i < count; i++)
            {
                await SearchRankingWindowTests.PublishedAsync(owner, ministry, InnovationTest.Body(title: $"Bank Sampah Kelurahan {i}", sector: "environment"));
            }
        }

        Task<Guid> NewestAsync(int depth) => Factory.WithDbAsync(db => db.Innovations.OrderByDescending(i => i.Id).Skip(depth - 1).Select(i => i.Id).FirstAsync());

        await PublishAsync(10);
        await RecentWordsIndexTests.WhenFreeAsync(() => index.MaintainAsync(CancellationToken.None));
        var two = await NewestAsync(2);
        var five = await NewestAsync(5);
        Assert.Equal(new[] { two, five }.Select(RecentWordsIndex.NameOf).Order(StringComparer.Ordinal), await RecentWordsIndexTests.IndexNamesAsync(Factory.ConnectionString));

        // Three more: five innovations lie above the shallow index's bound, more than twice two, so one is built at the
        // newest two; the old shallow one now holds the newest five, the smallest index that fits the deeper depth, and
        // the old deep one (eight) is dropped.
        await PublishAsync(3);
        Assert.True(await index.MaintainAsync(CancellationToken.None));
        Assert.Equal(new[] { await NewestAsync(2), two }.Select(RecentWordsIndex.NameOf).Order(StringComparer.Ordinal), await RecentWordsIndexTests.IndexNamesAsync(Factory.ConnectionString));
        Assert.False(await index.MaintainAsync(CancellationToken.None));
    }
}
