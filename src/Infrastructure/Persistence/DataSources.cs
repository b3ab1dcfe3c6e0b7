using System.Data.Common;
using Npgsql;

namespace Jipp.Infrastructure.Persistence;

/// <summary>
/// The service's connections to PostgreSQL. Statements are prepared automatically once used a few times on a
/// connection (Npgsql's <c>Max Auto Prepare</c>), so that PostgreSQL parses and analyses each of the service's
/// statements once per connection instead of on every request. Every execution is still planned for its own values
/// (<c>plan_cache_mode = force_custom_plan</c>): searches, lists and matchmaking depend on plans made for the word or
/// filter at hand, which a generic plan of a prepared statement would not be. A connection given back to the pool is
/// not reset (<c>No Reset On Close</c>): the service leaves no session state behind (no <c>SET</c> outside a
/// transaction, no temporary tables, no session-level advisory lock held past its work: the one the search index
/// builder takes is given back in a <c>finally</c>; Npgsql still rolls back an unfinished transaction), and the reset cost PostgreSQL seven statements at the start of the connection's next use, on every
/// request. A connection string that sets any of the three keeps its own value.
/// </summary>
public static class DataSources
{
    /// <summary>How many distinct statements each connection keeps prepared (least recently used ones are dropped).</summary>
    public const int AutoPreparedStatements = 256;

    public static NpgsqlDataSourceBuilder Builder(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        WithPreparation(builder.ConnectionStringBuilder, new DbConnectionStringBuilder { ConnectionString = connectionString });
        return builder;
    }

    /// <param name="given">The connection string as written (Npgsql's own builder reports every keyword it knows as present).</param>
    private static void WithPreparation(NpgsqlConnectionStringBuilder settings, DbConnectionStringBuilder given)
    {
        if (!given.ContainsKey("Max Auto Prepare") && !given.ContainsKey("MaxAutoPrepare"))
        {
            settings.MaxAutoPrepare = AutoPreparedStatements;
        }

        if (!given.ContainsKey("No Reset On Close") && !given.ContainsKey("NoResetOnClose"))
        {
            settings.NoResetOnClose = true;
        }

        if (settings.Options?.Contains("plan_cache_mode", StringComparison.Ordinal) != true)
        {
            settings.Options = $"{settings.Options} -c plan_cache_mode=force_custom_plan".Trim();
        }
    }
}
