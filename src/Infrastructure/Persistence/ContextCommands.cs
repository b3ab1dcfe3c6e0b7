using Jipp.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Jipp.Infrastructure.Persistence;

/// <summary>
/// A statement of raw SQL on the request's own context connection: the primary's or a standby's, as the request's
/// reads were routed (ADR 24), for the reads that EF Core cannot express (matchmaking, scorecards).
/// </summary>
internal static class ContextCommands
{
    /// <summary>Runs <paramref name="sql"/> through <paramref name="read"/>; the connection is opened through EF Core, which counts the openings, so one the context already holds stays open after this.</summary>
    public static async Task<T> WithCommandAsync<T>(this IJippDbContext db, string sql, Func<NpgsqlCommand, Task<T>> read, CancellationToken cancellationToken)
    {
        var database = ((DbContext)db).Database;
        await database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand(sql, (NpgsqlConnection)database.GetDbConnection());
            return await read(command);
        }
        finally
        {
            await database.CloseConnectionAsync();
        }
    }
}
