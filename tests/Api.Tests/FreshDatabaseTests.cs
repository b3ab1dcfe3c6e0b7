using System.Net;
using Jipp.Api.Tests.Infrastructure;
using Jipp.Infrastructure.Persistence;
using Jipp.Infrastructure.Persistence.Seed;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Api.Tests;

/// <summary>The first start of a deployment: an empty database is migrated and all reference data seeded before the service is ready.</summary>
public sealed class FreshDatabaseTests(EmptyDatabaseFactory factory) : IClassFixture<EmptyDatabaseFactory>
{
    [Fact]
    public async Task A_first_start_migrates_an_empty_database_and_seeds_all_reference_data()
    {
        var state = await factory.WithDbAsync(async db => new
        {
            Pending = await MigrationHistory.PendingAsync(db, default),
            Complete = await new ReferenceDataSeeder(db).IsCompleteAsync(),
            Provinces = await db.Provinces.CountAsync(),
            Regencies = await db.Regencies.CountAsync(),
            Sectors = await db.Sectors.CountAsync(),
            Agencies = await db.Agencies.CountAsync(),
            Hubs = await db.Hubs.CountAsync(),
            Candidacies = await db.Candidacies.CountAsync(),
        });

        Assert.Empty(state.Pending);
        Assert.True(state.Complete);
        Assert.Equal((38, 514, 32, 553, 15, 7), (state.Provinces, state.Regencies, state.Sectors, state.Agencies, state.Hubs, state.Candidacies));
        await Expect.StatusAsync(await factory.CreateClient(apiKey: null).GetAsync("/health/ready"), HttpStatusCode.OK);
        await Expect.StatusAsync(await factory.CreateClient(ApiFactory.AdminKey).GetAsync("/api/v1/api-clients"), HttpStatusCode.OK);
    }
}

/// <summary>The service started on a new, empty database instead of a copy of the seeded template.</summary>
public sealed class EmptyDatabaseFactory : ApiFactoryBase
{
    protected override Task<string> CreateDatabaseAsync() => TestDatabaseServer.CreateEmptyDatabaseAsync();
}
