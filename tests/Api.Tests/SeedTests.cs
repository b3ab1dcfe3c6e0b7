using Jipp.Api.Tests.Infrastructure;
using Jipp.Domain.Agencies;
using Jipp.Infrastructure.Persistence;
using Jipp.Infrastructure.Persistence.Seed;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Jipp.Api.Tests;

public sealed class SeedTests(ApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task Seeding_again_changes_nothing()
    {
        var before = await FingerprintAsync();

        await DatabaseInitializer.InitializeAsync(Factory.Services);
        await DatabaseInitializer.InitializeAsync(Factory.Services);

        Assert.Equal(before, await FingerprintAsync());
    }

    [Fact]
    public async Task Reference_data_has_the_promised_counts()
    {
        var counts = await Factory.WithDbAsync(async db => new
        {
            Provinces = await db.Provinces.CountAsync(),
            Regencies = await db.Regencies.CountAsync(),
            Sectors = await db.Sectors.CountAsync(),
            Agencies = await db.Agencies.CountAsync(),
            Hubs = await db.Hubs.CountAsync(),
        });

        Assert.Equal(38, counts.Provinces);
        Assert.Equal(514, counts.Regencies);
        Assert.Equal(32, counts.Sectors);
        Assert.Equal(553, counts.Agencies);
        Assert.Equal(15, counts.Hubs);
    }

    [Fact]
    public async Task Every_region_has_exactly_one_government()
    {
        var governments = await Factory.WithDbAsync(db => db.Agencies
            .Where(a => a.Type == AgencyType.ProvincialGovernment || a.Type == AgencyType.RegencyGovernment || a.Type == AgencyType.CityGovernment)
            .Select(a => a.RegencyCode ?? a.ProvinceCode)
            .ToListAsync());

        Assert.Equal(552, governments.Count);
        Assert.Equal(552, governments.Distinct().Count());
    }

    [Fact]
    public async Task Seeded_identifiers_are_the_same_in_every_environment()
    {
        var kemenpanrb = await Factory.WithDbAsync(db => db.Agencies.SingleAsync(a => a.Type == AgencyType.Ministry));

        Assert.Equal(SeedIds.Kemenpanrb, kemenpanrb.Id);
        Assert.Equal(SeedIds.For("agency:kemenpanrb", new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero)), kemenpanrb.Id);
        Assert.Equal(7, kemenpanrb.Id.Version);
    }

    /// <summary>Every row of every seeded table, as text.</summary>
    private async Task<string> FingerprintAsync()
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync();
        var parts = new List<string>();
        foreach (var table in new[] { "provinces", "regencies", "sectors", "agencies", "hubs", "hub_partners", "api_clients", "candidacies" })
        {
            await using var command = new NpgsqlCommand($"SELECT coalesce(string_agg(t::text, '|' ORDER BY t::text), '') FROM {table} t", connection);
            parts.Add(table + "=" + await command.ExecuteScalarAsync());
        }

        return string.Join("\n", parts);
    }
}
