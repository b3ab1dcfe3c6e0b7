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
        builder.UseSetting("Jipp:Search:RecentIndexDepth", Depth.ToString(System.Globalization.CultureInfo.InvariantCulture));
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
        Assert.Equal(expectedBound, await index.CurrentBoundAsync(CancellationToken.None));
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
    private static async Task WhenFreeAsync(Func<Task<bool>> maintain)
    {
        for (var attempt = 0; attempt < 100 && !await maintain(); attempt++)
        {
            await Task.Delay(100);
        }
    }

    private async Task<List<string>> IndexNamesAsync()
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
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
