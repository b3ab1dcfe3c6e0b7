using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Jipp.Infrastructure.Persistence;

/// <summary>
/// The migrations of this build that the database has not applied, from one read of EF Core's history table.
/// EF Core's own reading (<c>GetPendingMigrations</c>, and <c>Migrate</c>, which also creates the table when
/// missing and locks it) first builds a model of the history table with every convention, which was a large
/// part of the start; <c>Migrate</c> runs only when this finds something to apply.
/// </summary>
public static class MigrationHistory
{
    /// <summary>
    /// EF Core's history table, with the column name that the snake_case convention gives it here;
    /// MigrationHistoryTests check that this reads what EF Core reads.
    /// </summary>
    private const string AppliedSql = """SELECT migration_id FROM "__EFMigrationsHistory" """;

    public static async Task<IReadOnlyList<string>> PendingAsync(JippDbContext db, CancellationToken cancellationToken)
    {
        var applied = await AppliedAsync(db, cancellationToken);
        return [.. db.Database.GetMigrations().Where(m => !applied.Contains(m))];
    }

    /// <summary>Read on the context's connection, opened here directly when closed: EF Core would log a missing database as an error.</summary>
    private static async Task<HashSet<string>> AppliedAsync(JippDbContext db, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var opened = connection.State == System.Data.ConnectionState.Closed;
        try
        {
            if (opened)
            {
                await connection.OpenAsync(cancellationToken);
            }
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            return []; // no database yet: Migrate creates it
        }

        try
        {
            await using var command = new NpgsqlCommand(AppliedSql, connection);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var applied = new HashSet<string>(StringComparer.Ordinal);
            while (await reader.ReadAsync(cancellationToken))
            {
                applied.Add(reader.GetString(0));
            }

            return applied;
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            return []; // an empty database: no migration applied yet
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }
}
