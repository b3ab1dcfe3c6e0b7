using Jipp.Api.Tests.Infrastructure;
using Jipp.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jipp.Api.Tests;

/// <summary>
/// The service's statements are prepared once a connection has run them a few times, so that PostgreSQL does not
/// parse and analyse them on every request, and every execution is still planned for its own values (ADR 15).
/// </summary>
public sealed class StatementPreparationTests(ApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task A_query_the_service_repeats_is_prepared_on_its_connection_and_planned_for_each_value()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JippDbContext>();
        await db.Database.OpenConnectionAsync();
        try
        {
            Assert.Equal("force_custom_plan", await db.Database.SqlQueryRaw<string>("SELECT current_setting('plan_cache_mode') AS \"Value\"").SingleAsync());

            foreach (var code in new[] { "11", "12", "13", "14", "15", "16", "17" })
            {
                Assert.Equal(1, await db.Provinces.CountAsync(p => p.Code == code));
            }

            var prepared = await db.Database.SqlQueryRaw<string>("SELECT statement AS \"Value\" FROM pg_prepared_statements").ToListAsync();
            Assert.Contains(prepared, s => s.Contains("FROM provinces", StringComparison.Ordinal) && s.Contains("count(*)", StringComparison.OrdinalIgnoreCase));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    [Fact]
    public void A_connection_string_that_sets_preparation_or_plan_caching_keeps_its_own_values()
    {
        var defaults = DataSources.Builder("Host=db;Database=jipp").ConnectionStringBuilder;
        Assert.Equal(DataSources.AutoPreparedStatements, defaults.MaxAutoPrepare);
        Assert.Equal("-c plan_cache_mode=force_custom_plan", defaults.Options);
        Assert.True(defaults.NoResetOnClose);

        var own = DataSources.Builder("Host=db;Database=jipp;Max Auto Prepare=0;No Reset On Close=false;Options=-c plan_cache_mode=auto -c work_mem=8MB").ConnectionStringBuilder;
        Assert.Equal(0, own.MaxAutoPrepare);
        Assert.False(own.NoResetOnClose);
        Assert.Equal("-c plan_cache_mode=auto -c work_mem=8MB", own.Options);

        var other = DataSources.Builder("Host=db;Options=-c work_mem=8MB").ConnectionStringBuilder;
        Assert.Equal("-c work_mem=8MB -c plan_cache_mode=force_custom_plan", other.Options);
    }
}
