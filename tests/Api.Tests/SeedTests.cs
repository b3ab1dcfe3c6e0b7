using System.Net;
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

    [Theory]
    [InlineData("DELETE FROM candidacies WHERE id = (SELECT id FROM candidacies ORDER BY id LIMIT 1)")]
    [InlineData("DELETE FROM hubs WHERE province_code = '73'")]
    [InlineData("DELETE FROM agencies WHERE regency_code = '35.78'")]
    [InlineData("DELETE FROM sectors WHERE code = 'tourism'")]
    [InlineData("DELETE FROM hubs WHERE province_code = '35'; DELETE FROM agencies WHERE province_code = '35'; DELETE FROM regencies WHERE province_code = '35'; DELETE FROM provinces WHERE code = '35'")]
    public async Task Seeding_completes_a_database_that_lost_seeded_rows(string delete)
    {
        var before = await FingerprintAsync();
        await ExecuteAsync(delete);
        Assert.False(await IsCompleteAsync(), "the missing rows went unnoticed");

        await DatabaseInitializer.InitializeAsync(Factory.Services);

        Assert.True(await IsCompleteAsync());
        Assert.Equal(before, await FingerprintAsync());
    }

    [Fact]
    public async Task A_seeded_database_is_recognised_as_complete()
    {
        Assert.True(await IsCompleteAsync());
    }

    [Fact]
    public async Task An_unchanged_bootstrap_key_is_not_written_again_at_start()
    {
        const string Version = "SELECT xmin::text FROM api_clients WHERE id = $1";
        var before = await ExecuteAsync(Version);

        await DatabaseInitializer.InitializeAsync(Factory.Services);

        Assert.Equal(before, await ExecuteAsync(Version));
    }

    [Fact]
    public async Task A_revoked_or_replaced_bootstrap_key_is_restored_at_start()
    {
        await ExecuteAsync("UPDATE api_clients SET key_hash = '\\x00', key_prefix = 'jipp_other', revoked_at = now() WHERE id = $1");
        await Expect.StatusAsync(await Ministry.GetAsync("/api/v1/api-clients"), HttpStatusCode.Unauthorized);

        await DatabaseInitializer.InitializeAsync(Factory.Services);

        await Expect.StatusAsync(await Ministry.GetAsync("/api/v1/api-clients"), HttpStatusCode.OK);
        Assert.Equal(ApiFactory.AdminKey[..12], await ExecuteAsync("SELECT key_prefix FROM api_clients WHERE id = $1 AND revoked_at IS NULL"));
    }

    private Task<bool> IsCompleteAsync() => Factory.WithDbAsync(db => new ReferenceDataSeeder(db).IsCompleteAsync());

    /// <summary>Runs SQL (with the bootstrap administrator's id as $1, where it is used) and returns the first value, if any.</summary>
    private async Task<object?> ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        if (sql.Contains("$1", StringComparison.Ordinal))
        {
            command.Parameters.Add(new() { Value = SeedIds.BootstrapAdminClient });
        }

        return await command.ExecuteScalarAsync();
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
