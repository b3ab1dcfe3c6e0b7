using System.Diagnostics;
using System.Globalization;
using Jipp.Domain.Innovations;
using Jipp.Infrastructure.Persistence.Seed;
using Npgsql;
using NpgsqlTypes;

namespace Jipp.Bench.Generator;

/// <summary>Writes the generated registry with binary COPY into the service's own tables.</summary>
internal sealed class Loader(NpgsqlDataSource dataSource, Registry registry, ReferenceSnapshot reference, int seed)
{
    private const string InnovationColumns =
        "id, agency_id, province_code, regency_code, hub_id, title, unit_name, summary, problem, solution, novelty, impact, sector, " +
        "form, digital, maturity_stage, started_on, implemented_on, evidence_links, replicable, replicated_from_id, replication_count, " +
        "state, created_at, updated_at, submitted_at, published_at, archived_at, last_decision, last_verification_notes, last_verified_at";

    private static readonly string[] BulkTables = ["innovations", "events", "replication_requests"];

    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public async Task LoadAsync()
    {
        await using (var check = dataSource.CreateCommand("SELECT EXISTS (SELECT 1 FROM innovations)"))
        {
            if ((bool)(await check.ExecuteScalarAsync())!)
            {
                throw new InvalidOperationException("The innovations table is not empty; load into a freshly migrated database.");
            }
        }

        var indexes = await DropSecondaryIndexesAsync();
        Log($"dropped {indexes.Count} secondary indexes for the load");

        // The stored search vector is computed by PostgreSQL per row: split the work over two sessions.
        const int streams = 2;
        var chunk = (registry.Innovations.Length + streams - 1) / streams;
        await Task.WhenAll(Enumerable.Range(0, streams).Select(s =>
            Task.Run(() => CopyInnovations(s * chunk, Math.Min(registry.Innovations.Length, (s + 1) * chunk)))));
        Log($"copied {registry.Innovations.Length:N0} innovations");

        var replications = ReplicationPlan.Create(registry, reference, seed);
        var candidacies = CandidacyPlan.Create(reference, seed);
        await Task.WhenAll(
            Task.Run(() => CopyEvents(replications)),
            Task.Run(() =>
            {
                CopyReplicationRequests(replications);
                CopyCandidacies(candidacies);
            }));
        Log($"copied {replications.Count:N0} replication requests, {candidacies.Count:N0} candidacies and the events");

        // The loaded events are positioned (sequence) and in the same write order; new ones draw their write order after them.
        await using (var command = dataSource.CreateCommand("SELECT setval('event_write_order', (SELECT coalesce(max(write_order), 0) + 1 FROM events), false)"))
        {
            await command.ExecuteNonQueryAsync();
        }

        await RecreateIndexesAsync(indexes);
        Log($"rebuilt {indexes.Count} indexes");

        foreach (var table in BulkTables.Append("candidacies"))
        {
            await using var vacuum = dataSource.CreateCommand($"VACUUM (ANALYZE) {table}");
            vacuum.CommandTimeout = 0;
            await vacuum.ExecuteNonQueryAsync();
        }

        Log("vacuumed and analysed");
    }

    private async Task<List<string>> DropSecondaryIndexesAsync()
    {
        var definitions = new List<(string Name, string Definition)>();
        await using (var command = dataSource.CreateCommand(
            "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename = ANY($1) AND indexname NOT LIKE 'pk\\_%' ORDER BY indexname"))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = BulkTables });
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                definitions.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (name, _) in definitions)
        {
            await using var drop = dataSource.CreateCommand($"DROP INDEX \"{name}\"");
            await drop.ExecuteNonQueryAsync();
        }

        return [.. definitions.Select(d => d.Definition)];
    }

    private async Task RecreateIndexesAsync(List<string> definitions)
    {
        // The GIN index takes longest: start it first, the btrees share the other session.
        var queue = new Queue<string>(definitions.OrderByDescending(d => d.Contains("gin", StringComparison.OrdinalIgnoreCase)));
        async Task WorkAsync()
        {
            await using var connection = await dataSource.OpenConnectionAsync();
            await using (var setting = new NpgsqlCommand("SET maintenance_work_mem = '512MB'", connection))
            {
                await setting.ExecuteNonQueryAsync();
            }

            while (true)
            {
                string definition;
                lock (queue)
                {
                    if (!queue.TryDequeue(out definition!))
                    {
                        return;
                    }
                }

                await using var create = new NpgsqlCommand(definition, connection) { CommandTimeout = 0 };
                await create.ExecuteNonQueryAsync();
            }
        }

        await Task.WhenAll(WorkAsync(), WorkAsync());
    }

    private NpgsqlConnection OpenBulkConnection()
    {
        var connection = dataSource.OpenConnection();
        // Foreign keys stay quiet: the rows are consistent by construction.
        using var command = new NpgsqlCommand("SET session_replication_role = replica; SET synchronous_commit = off", connection);
        command.ExecuteNonQuery();
        return connection;
    }

    private void CopyInnovations(int from, int to)
    {
        using var connection = OpenBulkConnection();
        using var writer = connection.BeginBinaryImport($"COPY innovations ({InnovationColumns}) FROM STDIN (FORMAT BINARY)");
        var returnNotes = DemoCatalog.ReturnNotes;
        for (var i = from; i < to; i++)
        {
            ref readonly var row = ref registry.Innovations[i];
            var owner = reference.Agencies[row.Agency];
            var theme = registry.Themes[row.Theme];
            var texts = registry.Render(row);
            var hub = owner.ProvinceCode is { } province && reference.HubByProvince.TryGetValue(province, out var hubId) ? hubId : (Guid?)null;
            var wasPublished = row.State is InnovationState.Published || (row.State is InnovationState.Archived && row.VerifiedAt is not null);

            writer.StartRow();
            writer.Write(row.Id, NpgsqlDbType.Uuid);
            writer.Write(owner.Id, NpgsqlDbType.Uuid);
            WriteNullable(writer, owner.ProvinceCode, NpgsqlDbType.Varchar);
            WriteNullable(writer, owner.RegencyCode, NpgsqlDbType.Varchar);
            WriteNullable(writer, hub, NpgsqlDbType.Uuid);
            writer.Write(texts.Title, NpgsqlDbType.Varchar);
            writer.Write(texts.Unit, NpgsqlDbType.Varchar);
            writer.Write(texts.Summary, NpgsqlDbType.Varchar);
            writer.Write(texts.Problem, NpgsqlDbType.Varchar);
            writer.Write(texts.Solution, NpgsqlDbType.Varchar);
            writer.Write(texts.Novelty, NpgsqlDbType.Varchar);
            writer.Write(texts.Impact, NpgsqlDbType.Varchar);
            writer.Write(theme.Sector, NpgsqlDbType.Varchar);
            writer.Write(theme.Form.ToString(), NpgsqlDbType.Varchar);
            writer.Write(theme.Digital, NpgsqlDbType.Boolean);
            writer.Write(row.Stage.ToString(), NpgsqlDbType.Varchar);
            writer.Write(row.StartedOn, NpgsqlDbType.Date);
            WriteNullable(writer, row.ImplementedOn, NpgsqlDbType.Date);
            writer.Write(texts.EvidenceLinks, NpgsqlDbType.Array | NpgsqlDbType.Text);
            writer.Write(row.Replicable, NpgsqlDbType.Boolean);
            writer.WriteNull();
            writer.Write(0, NpgsqlDbType.Integer);
            writer.Write(row.State.ToString(), NpgsqlDbType.Varchar);
            writer.Write(row.CreatedAt, NpgsqlDbType.TimestampTz);
            writer.Write(row.UpdatedAt, NpgsqlDbType.TimestampTz);
            WriteNullable(writer, row.SubmittedAt, NpgsqlDbType.TimestampTz);
            WriteNullable(writer, wasPublished ? row.VerifiedAt : null, NpgsqlDbType.TimestampTz);
            WriteNullable(writer, row.ArchivedAt, NpgsqlDbType.TimestampTz);
            if (row.VerifiedAt is { } verifiedAt)
            {
                var returned = row.State == InnovationState.Returned;
                writer.Write(returned ? nameof(VerificationDecision.Return) : nameof(VerificationDecision.Publish), NpgsqlDbType.Varchar);
                WriteNullable(writer, returned ? returnNotes[row.RowSeed % returnNotes.Count] : null, NpgsqlDbType.Varchar);
                writer.Write(verifiedAt, NpgsqlDbType.TimestampTz);
            }
            else
            {
                writer.WriteNull();
                writer.WriteNull();
                writer.WriteNull();
            }
        }

        writer.Complete();
    }

    /// <summary>
    /// The outbox as the service would have filled it: each innovation's latest state change, the publication
    /// of each published one, and each replication request's submission; in time order, numbered in that order.
    /// </summary>
    private void CopyEvents(ReplicationPlan replications)
    {
        var innovations = registry.Innovations;
        var published = innovations.Count(r => r.State == InnovationState.Published);
        var count = innovations.Length + published + replications.Count;
        var times = new long[count];
        var items = new long[count]; // kind in the top bits, row index below
        var n = 0;
        for (var i = 0; i < innovations.Length; i++)
        {
            times[n] = innovations[i].UpdatedAt.Ticks;
            items[n++] = i;
            if (innovations[i].State == InnovationState.Published)
            {
                times[n] = innovations[i].UpdatedAt.Ticks + 1;
                items[n++] = (1L << 40) | (uint)i;
            }
        }

        for (var r = 0; r < replications.Count; r++)
        {
            times[n] = replications.Requests[r].CreatedAt.Ticks;
            items[n++] = (2L << 40) | (uint)r;
        }

        Array.Sort(times, items);

        using var connection = OpenBulkConnection();
        using var writer = connection.BeginBinaryImport("COPY events (id, sequence, write_order, type, occurred_at, subject_type, subject_id, data) FROM STDIN (FORMAT BINARY)");
        for (var e = 0; e < count; e++)
        {
            var kind = items[e] >> 40;
            var index = (int)(items[e] & 0xFFFFFFFF);
            var at = new DateTime(times[e], DateTimeKind.Utc);
            string type, subjectType, subjectId, data;
            if (kind == 2)
            {
                var request = replications.Requests[index];
                type = "replication.stateChanged";
                subjectType = "replicationRequest";
                subjectId = request.Id.ToString();
                data = $$"""{"requestId":"{{request.Id}}","innovationId":"{{request.InnovationId}}","requesterAgencyId":"{{request.RequesterAgencyId}}","ownerAgencyId":"{{request.OwnerAgencyId}}","facilitatingHubId":{{Json(request.FacilitatingHubId)}},"from":null,"to":"submitted"}""";
            }
            else
            {
                ref readonly var row = ref innovations[index];
                var owner = reference.Agencies[row.Agency];
                var hub = owner.ProvinceCode is { } province && reference.HubByProvince.TryGetValue(province, out var hubId) ? hubId : (Guid?)null;
                subjectType = "innovation";
                subjectId = row.Id.ToString();
                if (kind == 1)
                {
                    type = "innovation.published";
                    data = $$"""{"innovationId":"{{row.Id}}","agencyId":"{{owner.Id}}","provinceCode":{{Json(owner.ProvinceCode)}},"hubId":{{Json(hub)}},"sector":"{{registry.Themes[row.Theme].Sector}}","publishedAt":"{{row.VerifiedAt!.Value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'+00:00'", CultureInfo.InvariantCulture)}}"}""";
                }
                else
                {
                    type = "innovation.stateChanged";
                    var (from, to) = row.State switch
                    {
                        InnovationState.Draft => ((string?)null, "draft"),
                        InnovationState.Submitted => ("draft", "submitted"),
                        InnovationState.Returned => ("submitted", "returned"),
                        InnovationState.Published => ("submitted", "published"),
                        _ => (row.VerifiedAt is null ? "draft" : "published", "archived"),
                    };
                    data = $$"""{"innovationId":"{{row.Id}}","agencyId":"{{owner.Id}}","provinceCode":{{Json(owner.ProvinceCode)}},"hubId":{{Json(hub)}},"from":{{Json(from)}},"to":"{{to}}"}""";
                }
            }

            writer.StartRow();
            writer.Write(Guid.CreateVersion7(new DateTimeOffset(at)), NpgsqlDbType.Uuid);
            writer.Write((long)e + 1, NpgsqlDbType.Bigint);
            writer.Write((long)e + 1, NpgsqlDbType.Bigint);
            writer.Write(type, NpgsqlDbType.Varchar);
            writer.Write(at, NpgsqlDbType.TimestampTz);
            writer.Write(subjectType, NpgsqlDbType.Varchar);
            writer.Write(subjectId, NpgsqlDbType.Varchar);
            writer.Write(data, NpgsqlDbType.Jsonb);
        }

        writer.Complete();
    }

    private void CopyReplicationRequests(ReplicationPlan plan)
    {
        using var connection = OpenBulkConnection();
        using var writer = connection.BeginBinaryImport(
            "COPY replication_requests (id, innovation_id, owner_agency_id, requester_agency_id, requester_province_code, facilitating_hub_id, motivation, " +
            "planned_start_on, state, verification, agreement, mentoring_sessions, completion, cancellation, result_innovation_id, created_at, updated_at) FROM STDIN (FORMAT BINARY)");
        foreach (var request in plan.Requests)
        {
            writer.StartRow();
            writer.Write(request.Id, NpgsqlDbType.Uuid);
            writer.Write(request.InnovationId, NpgsqlDbType.Uuid);
            writer.Write(request.OwnerAgencyId, NpgsqlDbType.Uuid);
            writer.Write(request.RequesterAgencyId, NpgsqlDbType.Uuid);
            WriteNullable(writer, request.RequesterProvinceCode, NpgsqlDbType.Varchar);
            WriteNullable(writer, request.FacilitatingHubId, NpgsqlDbType.Uuid);
            writer.Write(request.Motivation, NpgsqlDbType.Varchar);
            writer.Write(request.PlannedStartOn, NpgsqlDbType.Date);
            writer.Write(request.State, NpgsqlDbType.Varchar);
            WriteNullable(writer, request.Verification, NpgsqlDbType.Jsonb);
            writer.WriteNull();
            writer.Write("[]", NpgsqlDbType.Jsonb);
            writer.WriteNull();
            WriteNullable(writer, request.Cancellation, NpgsqlDbType.Jsonb);
            writer.WriteNull();
            writer.Write(request.CreatedAt, NpgsqlDbType.TimestampTz);
            writer.Write(request.UpdatedAt, NpgsqlDbType.TimestampTz);
        }

        writer.Complete();
    }

    private void CopyCandidacies(IReadOnlyList<CandidacyPlan.Row> candidacies)
    {
        using var connection = OpenBulkConnection();
        using var writer = connection.BeginBinaryImport(
            "COPY candidacies (id, agency_id, province_code, cohort_year, state, notes, track_record, invitation, willingness, rejection, withdrawal, created_at, updated_at) FROM STDIN (FORMAT BINARY)");
        foreach (var c in candidacies)
        {
            writer.StartRow();
            writer.Write(c.Id, NpgsqlDbType.Uuid);
            writer.Write(c.AgencyId, NpgsqlDbType.Uuid);
            WriteNullable(writer, c.ProvinceCode, NpgsqlDbType.Varchar);
            writer.Write(c.CohortYear, NpgsqlDbType.Integer);
            writer.Write(c.State, NpgsqlDbType.Varchar);
            writer.WriteNull();
            writer.Write(c.TrackRecord, NpgsqlDbType.Jsonb);
            WriteNullable(writer, c.Invitation, NpgsqlDbType.Jsonb);
            WriteNullable(writer, c.Willingness, NpgsqlDbType.Jsonb);
            WriteNullable(writer, c.Rejection, NpgsqlDbType.Jsonb);
            WriteNullable(writer, c.Withdrawal, NpgsqlDbType.Jsonb);
            writer.Write(c.CreatedAt, NpgsqlDbType.TimestampTz);
            writer.Write(c.UpdatedAt, NpgsqlDbType.TimestampTz);
        }

        writer.Complete();
    }

    private static void WriteNullable<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type)
        where T : class
    {
        if (value is null)
        {
            writer.WriteNull();
        }
        else
        {
            writer.Write(value, type);
        }
    }

    private static void WriteNullable<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type)
        where T : struct
    {
        if (value is { } v)
        {
            writer.Write(v, type);
        }
        else
        {
            writer.WriteNull();
        }
    }

    private static string Json(string? value) => value is null ? "null" : $"\"{value}\"";

    private static string Json(Guid? value) => value is null ? "null" : $"\"{value}\"";

    private void Log(string message) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[gen] {message} ({_clock.Elapsed.TotalSeconds:F1} s)"));
}
