using System.Collections.Frozen;
using System.Data;
using System.Globalization;
using System.Runtime.CompilerServices;
using Jipp.Application.Common.Interfaces;
using Jipp.Application.OpenData;
using Jipp.Domain.Agencies;
using Jipp.Domain.Innovations;
using Jipp.Infrastructure.Persistence.Replicas;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Jipp.Infrastructure.OpenData;

/// <summary>
/// The open data export read with a raw Npgsql command and a streaming reader, not through EF Core: the context's
/// retrying execution strategy would buffer the whole result to be able to retry it, and an export is never retried
/// once its first bytes are sent. One connection, from the standbys where the request may read them (ADR 24), holds
/// a read-only REPEATABLE READ transaction, so that the version (the ETag) and every row come from one snapshot.
/// </summary>
public sealed class OpenInnovations(NpgsqlDataSource primary, StandbyDatabase standbys, IReadRouting routing, IOptions<OpenDataOptions> options) : IOpenInnovations
{
    /// <summary>Names the statements in <c>pg_stat_activity</c> and the server's log.</summary>
    internal const string Tag = "-- open data: innovations\n";

    /// <summary>
    /// The newest change to the published set: publications, archivals of published innovations and counted
    /// replications all set <c>updated_at</c> on an innovation that has a <c>published_at</c>; read from the end of the
    /// partial index <c>ix_innovations_published_changes</c>, so it costs one index probe whatever the size.
    /// </summary>
    private const string VersionSql = Tag + "SELECT max(updated_at) FROM innovations WHERE published_at IS NOT NULL";

    public async Task<IOpenInnovationsSnapshot> OpenAsync(CancellationToken cancellationToken)
    {
        var source = routing.FromStandby && standbys.DataSource is { } standby ? standby : primary;
        var connection = await source.OpenConnectionAsync(cancellationToken);
        try
        {
            var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
            await using var batch = new NpgsqlBatch(connection, transaction);
            batch.BatchCommands.Add(new NpgsqlBatchCommand("SET TRANSACTION READ ONLY"));
            batch.BatchCommands.Add(new NpgsqlBatchCommand(VersionSql));
            var newest = await batch.ExecuteScalarAsync(cancellationToken) is DateTime changed ? new DateTimeOffset(changed, TimeSpan.Zero) : (DateTimeOffset?)null;
            return new Snapshot(connection, transaction, newest, options.Value);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private sealed class Snapshot(NpgsqlConnection connection, NpgsqlTransaction transaction, DateTimeOffset? newest, OpenDataOptions options) : IOpenInnovationsSnapshot
    {
        private static readonly FrozenDictionary<string, InnovationForm> Forms = Enum.GetValues<InnovationForm>().ToFrozenDictionary(v => v.ToString());
        private static readonly FrozenDictionary<string, MaturityStage> Stages = Enum.GetValues<MaturityStage>().ToFrozenDictionary(v => v.ToString());
        private static readonly FrozenDictionary<string, AgencyType> AgencyTypes = Enum.GetValues<AgencyType>().ToFrozenDictionary(v => v.ToString());

        private bool _read;

        public string Version { get; } = newest is { } at ? at.UtcTicks.ToString(CultureInfo.InvariantCulture) : "empty";

        public DateTimeOffset? LastChanged => newest;

        public async IAsyncEnumerable<OpenInnovationRow> ReadAsync(OpenInnovationsFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            if (_read)
            {
                throw new InvalidOperationException("An open data snapshot is read once.");
            }

            _read = true;
            var names = await ReadNamesAsync(cancellationToken);

            await using var command = RowsCommand(filter);
            var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, cancellationToken);
            var finished = false;
            try
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    yield return Row(reader, names);
                }

                finished = true;
            }
            finally
            {
                if (!finished)
                {
                    // Disposing a reader with rows left would read them all to the end; stop the query on the server instead.
                    await StopAsync(command, reader);
                }
                else
                {
                    await reader.DisposeAsync();
                }
            }
        }

        public async ValueTask DisposeAsync()
        {
            await transaction.DisposeAsync();
            await connection.DisposeAsync();
        }

        private static async Task StopAsync(NpgsqlCommand command, NpgsqlDataReader reader)
        {
            try
            {
                command.Cancel();
                await reader.DisposeAsync();
            }
            catch (Exception e) when (e is PostgresException { SqlState: PostgresErrorCodes.QueryCanceled } or OperationCanceledException or NpgsqlException)
            {
                // The query ended as asked; the connection goes back to its pool (or is replaced) when the snapshot is disposed.
            }
        }

        private NpgsqlCommand RowsCommand(OpenInnovationsFilter filter)
        {
            var sql = new System.Text.StringBuilder(Tag);
            sql.Append("""
                SELECT id, title, summary, problem, solution, impact, sector, form, digital, maturity_stage, started_on,
                       implemented_on, replicable, replicated_from_id, replication_count, published_at, agency_id,
                       province_code, regency_code, hub_id
                FROM innovations
                WHERE state = 'Published'
                """);
            var command = new NpgsqlCommand { Connection = connection, Transaction = transaction, CommandTimeout = options.CommandTimeoutSeconds };
            if (filter.ProvinceCode is { } province)
            {
                sql.Append(" AND province_code = @province");
                command.Parameters.AddWithValue("province", province);
            }

            if (filter.Sector is { } sector)
            {
                sql.Append(" AND sector = @sector");
                command.Parameters.AddWithValue("sector", sector);
            }

            if (filter.PublishedFrom is { } from)
            {
                sql.Append(" AND published_at >= @from");
                command.Parameters.AddWithValue("from", new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
            }

            if (filter.PublishedTo is { } to)
            {
                sql.Append(" AND published_at < @to");
                command.Parameters.AddWithValue("to", new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
            }

            // Walks ix_innovations_state_id (or the province's or sector's index) in id order: rows flow from the first one, no sort.
            sql.Append(" ORDER BY id");
            command.CommandText = sql.ToString();
            return command;
        }

        /// <summary>
        /// The names the rows' codes join to, read in the same snapshot: a few hundred provinces, regencies, sectors and
        /// agencies, joined in memory so that the rows' query stays a walk of one index in id order.
        /// </summary>
        private async Task<Names> ReadNamesAsync(CancellationToken cancellationToken)
        {
            await using var batch = new NpgsqlBatch(connection, transaction);
            batch.BatchCommands.Add(new NpgsqlBatchCommand(Tag + "SELECT code, name, bps_code FROM provinces"));
            batch.BatchCommands.Add(new NpgsqlBatchCommand(Tag + "SELECT code, name FROM regencies"));
            batch.BatchCommands.Add(new NpgsqlBatchCommand(Tag + "SELECT code, name_id, name FROM sectors"));
            batch.BatchCommands.Add(new NpgsqlBatchCommand(Tag + "SELECT id, name, type FROM agencies"));
            await using var reader = await batch.ExecuteReaderAsync(cancellationToken);

            var provinces = new Dictionary<string, (string Name, string BpsCode)>(StringComparer.Ordinal);
            while (await reader.ReadAsync(cancellationToken))
            {
                provinces[reader.GetString(0)] = (reader.GetString(1), reader.GetString(2));
            }

            await reader.NextResultAsync(cancellationToken);
            var regencies = new Dictionary<string, string>(StringComparer.Ordinal);
            while (await reader.ReadAsync(cancellationToken))
            {
                regencies[reader.GetString(0)] = reader.GetString(1);
            }

            await reader.NextResultAsync(cancellationToken);
            var sectors = new Dictionary<string, (string NameId, string NameEn)>(StringComparer.Ordinal);
            while (await reader.ReadAsync(cancellationToken))
            {
                sectors[reader.GetString(0)] = (reader.GetString(1), reader.GetString(2));
            }

            await reader.NextResultAsync(cancellationToken);
            var agencies = new Dictionary<Guid, (string Name, AgencyType Type)>();
            while (await reader.ReadAsync(cancellationToken))
            {
                agencies[reader.GetGuid(0)] = (reader.GetString(1), AgencyTypes[reader.GetString(2)]);
            }

            return new Names(provinces.ToFrozenDictionary(StringComparer.Ordinal), regencies.ToFrozenDictionary(StringComparer.Ordinal), sectors.ToFrozenDictionary(StringComparer.Ordinal), agencies.ToFrozenDictionary());
        }

        /// <summary>One row, its columns read in order (the reader is sequential); foreign keys guarantee every name exists.</summary>
        private static OpenInnovationRow Row(NpgsqlDataReader reader, Names names)
        {
            var id = reader.GetGuid(0);
            var title = reader.GetString(1);
            var summary = reader.GetString(2);
            var problem = reader.GetString(3);
            var solution = reader.GetString(4);
            var impact = reader.GetString(5);
            var sector = reader.GetString(6);
            var form = Forms[reader.GetString(7)];
            var digital = reader.GetBoolean(8);
            var stage = Stages[reader.GetString(9)];
            var startedOn = reader.GetFieldValue<DateOnly>(10);
            DateOnly? implementedOn = reader.IsDBNull(11) ? null : reader.GetFieldValue<DateOnly>(11);
            var replicable = reader.GetBoolean(12);
            Guid? replicatedFrom = reader.IsDBNull(13) ? null : reader.GetGuid(13);
            var replications = reader.GetInt32(14);
            var publishedAt = new DateTimeOffset(reader.GetFieldValue<DateTime>(15), TimeSpan.Zero);
            var agencyId = reader.GetGuid(16);
            var provinceCode = reader.IsDBNull(17) ? null : reader.GetString(17);
            var regencyCode = reader.IsDBNull(18) ? null : reader.GetString(18);
            Guid? hubId = reader.IsDBNull(19) ? null : reader.GetGuid(19);

            var sectorNames = names.Sectors[sector];
            var agency = names.Agencies[agencyId];
            (string Name, string BpsCode)? province = provinceCode is null ? null : names.Provinces[provinceCode];
            return new OpenInnovationRow(
                id, title, summary, problem, solution, impact,
                sector, sectorNames.NameId, sectorNames.NameEn,
                form, digital, stage, startedOn, implementedOn, replicable, replicatedFrom, replications, publishedAt,
                agencyId, agency.Name, agency.Type,
                provinceCode, province?.BpsCode, province?.Name,
                regencyCode, regencyCode is null ? null : names.Regencies[regencyCode],
                hubId);
        }

        private sealed record Names(
            FrozenDictionary<string, (string Name, string BpsCode)> Provinces,
            FrozenDictionary<string, string> Regencies,
            FrozenDictionary<string, (string NameId, string NameEn)> Sectors,
            FrozenDictionary<Guid, (string Name, AgencyType Type)> Agencies);
    }
}
