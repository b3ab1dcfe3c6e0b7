using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Jipp.Bench.Baseline;
using Npgsql;
using NpgsqlTypes;

// The ceiling: the benchmark's reads and the registration with the SQL statements the service sends
// (captured from its command log), on a bare ASP.NET Core app with raw Npgsql: no mediator, no
// validation library, no EF Core, no per-request logging. It is not a second implementation of the
// API; it answers only what the benchmark asks, in the same JSON shapes. Its event feed works as the
// service's does (ADR 18): events inserted without a position, stamped after commit by stamp_events().
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, BaselineJson.Default));
var connectionString = builder.Configuration.GetConnectionString("Default") ?? throw new InvalidOperationException("ConnectionStrings__Default is not set.");
var db = NpgsqlDataSource.Create(connectionString);

// The service's default ranking window (Jipp:Search:RankingWindow).
const int RankingWindow = 100;
const string TitleWeight = "'{a}'::\"char\"[]";
var app = builder.Build();

// The reference codes, read once, as the service keeps them in memory.
var provinces = await CodesAsync("SELECT code FROM provinces");
var sectors = await CodesAsync("SELECT code FROM sectors");

// The service's search ranges (ids where the newest 16,000 … 256,000 innovations begin, Jipp:Search:RangeDepths), read
// once: the benchmark's registrations move them little.
int[] searchDepths = [16_000, 32_000, 64_000, 128_000, 256_000];
var searchRanges = new List<Guid>();
foreach (var depth in searchDepths)
{
    await using var rangeCommand = db.CreateCommand($"SELECT id FROM innovations ORDER BY id DESC OFFSET {depth - 1} LIMIT 1");
    if (await rangeCommand.ExecuteScalarAsync() is Guid rangeBound)
    {
        searchRanges.Add(rangeBound);
    }
}

app.MapGet("/health/ready", async () =>
{
    await using var command = db.CreateCommand("SELECT 1");
    await command.ExecuteScalarAsync();
    return Results.Ok();
});

app.MapGet("/api/v1/innovations/{id:guid}", async (Guid id, HttpContext http) =>
{
    var (ok, client) = await Clients.AuthenticateAsync(db, http);
    if (!ok)
    {
        return Results.Problem(statusCode: 401);
    }

    await using var command = db.CreateCommand();
    var visible = Clients.Visibility(client, command, 2);
    command.CommandText = $"""
        SELECT i.id, i.title, i.agency_id, i.unit_name, i.summary, i.problem, i.solution, i.novelty, i.impact, i.sector, i.form, i.digital, i.maturity_stage, i.started_on, i.implemented_on, i.evidence_links, i.replicable, i.replicated_from_id, i.replication_count, i.province_code, i.regency_code, i.hub_id, i.state, i.last_decision IS NULL, i.last_decision, i.last_verification_notes, i.last_verified_at, i.created_at, i.updated_at, i.submitted_at, i.published_at, i.archived_at, i.xmin
        FROM innovations AS i
        WHERE {visible}i.id = $1
        LIMIT 2
        """;
    command.Parameters.Insert(0, new NpgsqlParameter { Value = id });
    await using var reader = await command.ExecuteReaderAsync();
    if (!await reader.ReadAsync())
    {
        return Results.Problem(statusCode: 404);
    }

    var dto = new InnovationDto(
        reader.GetGuid(0), reader.GetString(1), reader.GetGuid(2), reader.GetString(3), reader.GetString(4), reader.GetString(5), reader.GetString(6),
        reader.GetString(7), reader.GetString(8), reader.GetString(9), Camel(reader.GetString(10)), reader.GetBoolean(11), Camel(reader.GetString(12)),
        reader.GetFieldValue<DateOnly>(13), reader.IsDBNull(14) ? null : reader.GetFieldValue<DateOnly>(14), reader.GetFieldValue<string[]>(15),
        reader.GetBoolean(16), reader.IsDBNull(17) ? null : reader.GetGuid(17), reader.GetInt32(18), NullableString(reader, 19), NullableString(reader, 20),
        reader.IsDBNull(21) ? null : reader.GetGuid(21), Camel(reader.GetString(22)),
        reader.GetBoolean(23) ? null : new VerificationDto(Camel(reader.GetString(24)), NullableString(reader, 25), reader.GetFieldValue<DateTimeOffset>(26)),
        reader.GetFieldValue<DateTimeOffset>(27), reader.GetFieldValue<DateTimeOffset>(28), NullableTime(reader, 29), NullableTime(reader, 30), NullableTime(reader, 31));
    http.Response.Headers.ETag = $"\"{reader.GetFieldValue<uint>(32)}\"";
    return Results.Ok(dto);
});

app.MapGet("/api/v1/innovations", async (string? q, string? provinceCode, Guid? hubId, string? sector, string? state, int? pageSize, string? cursor, HttpContext http) =>
{
    var (ok, client) = await Clients.AuthenticateAsync(db, http);
    if (!ok)
    {
        return Results.Problem(statusCode: 401);
    }

    var size = pageSize ?? 20;
    if (size is < 1 or > 100 || !Cursors.TryDecode(cursor, out var afterId, out var afterRank))
    {
        return Results.Problem(statusCode: 400);
    }

    // The same existence checks the service's validator runs.
    if (provinceCode is not null && !provinces.Contains(provinceCode))
    {
        return Results.Problem(statusCode: 400);
    }

    if (sector is not null && !sectors.Contains(sector))
    {
        return Results.Problem(statusCode: 400);
    }

    if (state is not null && !States.Contains(state))
    {
        return Results.Problem(statusCode: 400);
    }

    await using var command = db.CreateCommand();
    var source = Clients.ListSource(client, command);
    var where = new StringBuilder(client?.Role is "Agency" or "Hub" ? string.Empty : Clients.Visibility(client, command, 1));
    void Filter(string column, object value)
    {
        command.Parameters.Add(new NpgsqlParameter { Value = value });
        where.Append(column).Append(" = $").Append(command.Parameters.Count).Append(" AND ");
    }

    if (provinceCode is not null)
    {
        Filter("i.province_code", provinceCode);
    }

    // In the service's order of filters: province, hub, sector, state.
    if (hubId is not null)
    {
        Filter("i.hub_id", hubId.Value);
    }

    if (sector is not null)
    {
        Filter("i.sector", sector);
    }

    if (state is not null)
    {
        Filter("i.state", Pascal(state));
    }

    if (string.IsNullOrWhiteSpace(q))
    {
        if (afterId is { } after)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = after });
            where.Append("i.id < $").Append(command.Parameters.Count).Append(" AND ");
        }

        command.Parameters.Add(new NpgsqlParameter { Value = size + 1 });
        var limit = $"${command.Parameters.Count}";
        command.CommandText = client?.Role is "Agency" or "Hub"
            // As the service sends it: each visibility part ordered and cut to a page before the union ($1 is the agency or hub).
            ? $"""
                SELECT {ListColumns} FROM (
                    (SELECT * FROM innovations AS i WHERE i.state = 'Published' AND {where}TRUE ORDER BY i.id DESC LIMIT {limit})
                    UNION ALL
                    (SELECT * FROM innovations AS i WHERE {(client.Role == "Agency" ? "i.agency_id = $1 AND i.state <> 'Published'" : "i.hub_id = $1 AND i.state NOT IN ('Draft', 'Published')")} AND {where}TRUE ORDER BY i.id DESC LIMIT {limit})
                ) AS i ORDER BY i.id DESC LIMIT {limit}
                """
            : $"SELECT {ListColumns} FROM {source} WHERE {where}TRUE ORDER BY i.id DESC LIMIT {limit}";
        var rows = await ReadListAsync(command);
        var next = rows.Count > size ? Cursors.Encode(rows[size - 1].Id, null) : null;
        return Results.Ok(new PageDto(rows.Count > size ? rows[..size] : rows, next));
    }

    // Search, as the service sends it (first pages only: the benchmark sends no search cursor): the ranking window
    // (the newest matches, each visibility part cut to the window), ranked in memory by title match, cover density
    // and id; when the window is full and the page is not, the older matches newest first; then the page's items.
    command.Parameters.Add(new NpgsqlParameter { Value = q.Trim() });
    var text = $"${command.Parameters.Count}";
    var windowLimit = new NpgsqlParameter { Value = RankingWindow };
    command.Parameters.Add(windowLimit);
    var window = $"${command.Parameters.Count}";
    string Parts(string condition) => client?.Role is "Agency" or "Hub"
        ? $"""
            (SELECT i.id, i.search_vector FROM innovations AS i WHERE i.state = 'Published' AND {where}{condition} ORDER BY i.id DESC LIMIT {window})
            UNION ALL
            (SELECT i.id, i.search_vector FROM innovations AS i WHERE {(client.Role == "Agency" ? "i.agency_id = $1 AND i.state <> 'Published'" : "i.hub_id = $1 AND i.state NOT IN ('Draft', 'Published')")} AND {where}{condition} ORDER BY i.id DESC LIMIT {window})
            """
        : $"SELECT i.id, i.search_vector FROM {source} WHERE {where}{condition} ORDER BY i.id DESC LIMIT {window}";
    var matches = $"i.search_vector @@ websearch_to_tsquery('indonesian', {text})";
    var windowRows = new List<(Guid Id, bool InTitle, float Rank)>();
    var boundParameter = new NpgsqlParameter { Value = Guid.Empty };
    command.Parameters.Add(boundParameter);
    var bound = $"${command.Parameters.Count}";

    // As the service: the window among the newest 16,000 innovations, then as deep as the density of the matches found
    // says a window lies (with a margin of a quarter; none found: all), then all.
    for (var attempt = 0; ; )
    {
        Guid? newerThan = attempt < searchRanges.Count ? searchRanges[attempt] : null;
        boundParameter.Value = newerThan ?? Guid.Empty;
        var condition = newerThan is null ? matches : $"{matches} AND i.id >= {bound}";
        command.CommandText = $"""
            SELECT i0.id, ts_filter(i0.search_vector, {TitleWeight}) @@ websearch_to_tsquery('indonesian', {text}), ts_rank_cd(i0.search_vector, websearch_to_tsquery('indonesian', {text}))
            FROM (SELECT * FROM ({Parts(condition)}) AS i ORDER BY i.id DESC LIMIT {window}) AS i0
            ORDER BY i0.id DESC
            """;
        windowRows.Clear();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                windowRows.Add((reader.GetGuid(0), reader.GetBoolean(1), reader.GetFloat(2)));
            }
        }

        if (windowRows.Count == RankingWindow || newerThan is null)
        {
            break;
        }

        var needed = windowRows.Count == 0 ? double.MaxValue : searchDepths[attempt] * (double)RankingWindow / windowRows.Count * 1.25;
        attempt++;
        while (attempt < searchRanges.Count && searchDepths[attempt] < needed)
        {
            attempt++;
        }
    }

    var hits = windowRows.OrderByDescending(h => h.InTitle).ThenByDescending(h => h.Rank).ThenByDescending(h => h.Id).Take(size + 1).Select(h => (h.Id, (float?)h.Rank)).ToList();
    if (hits.Count < size + 1 && windowRows.Count == RankingWindow)
    {
        command.Parameters.Add(new NpgsqlParameter { Value = windowRows.Min(h => h.Id) });
        var boundary = $"${command.Parameters.Count}";
        windowLimit.Value = size + 1 - hits.Count;
        command.CommandText = $"SELECT i.id FROM ({Parts($"{matches} AND i.id < {boundary}")}) AS i ORDER BY i.id DESC LIMIT {window}";
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            hits.Add((reader.GetGuid(0), null));
        }
    }

    await using var items = db.CreateCommand($"SELECT {ListColumns} FROM innovations AS i WHERE i.id = ANY ($1)");
    items.Parameters.Add(new NpgsqlParameter { Value = hits.Select(h => h.Id).ToArray() });
    var byId = (await ReadListAsync(items)).ToDictionary(i => i.Id);
    var ordered = hits.Select(h => byId[h.Id]).ToList();
    var nextCursor = hits.Count > size ? Cursors.Encode(hits[size - 1].Id, hits[size - 1].Item2) : null;
    return Results.Ok(new PageDto(ordered.Count > size ? ordered[..size] : ordered, nextCursor));
});

app.MapPost("/api/v1/innovations", async (InnovationInput input, HttpContext http) =>
{
    var (ok, client) = await Clients.AuthenticateAsync(db, http);
    if (!ok || client is null || client.Role != "Agency" || client.AgencyId is not { } agencyId)
    {
        return Results.Problem(statusCode: ok ? 403 : 401);
    }

    // The rules the service checks without the database, then the two lookups it makes.
    var valid = Required(input.Title, 200) && Required(input.UnitName, 200) && Required(input.Summary, 1000) && Required(input.Problem, 4000)
        && Required(input.Solution, 4000) && Required(input.Novelty, 4000) && Required(input.Impact, 4000)
        && input.StartedOn <= DateOnly.FromDateTime(DateTime.UtcNow) && input.StartedOn.Year >= 1945
        && (input.MaturityStage != "implementation" || input.ImplementedOn is not null)
        && (input.AgencyId is null || input.AgencyId == agencyId)
        && Forms.Contains(input.Form) && Stages.Contains(input.MaturityStage);
    if (!valid || !sectors.Contains(input.Sector))
    {
        return Results.Problem(statusCode: 400);
    }

    string? provinceCode, regencyCode;
    Guid? hubId;
    await using (var owner = db.CreateCommand("""
        SELECT a.province_code, a.regency_code, (
            SELECT h.id FROM hubs AS h
            WHERE h.province_code IS NOT NULL AND h.province_code = a.province_code AND h.status = 'Active'
            LIMIT 1)
        FROM agencies AS a
        WHERE a.id = $1
        LIMIT 2
        """))
    {
        owner.Parameters.Add(new NpgsqlParameter { Value = agencyId });
        await using var reader = await owner.ExecuteReaderAsync();
        await reader.ReadAsync();
        provinceCode = NullableString(reader, 0);
        regencyCode = NullableString(reader, 1);
        hubId = reader.IsDBNull(2) ? null : reader.GetGuid(2);
    }

    var now = DateTimeOffset.UtcNow;
    var id = Guid.CreateVersion7(now);
    var links = input.EvidenceLinks ?? [];
    var form = Pascal(input.Form);
    var stage = Pascal(input.MaturityStage);
    var data = JsonSerializer.Serialize(new StateChangedData(id, agencyId, provinceCode, hubId, null, "draft"), BaselineJson.Default.StateChangedData);

    // The audit entry, the outbox event and the row, in one transaction, as the service writes them.
    await using var connection = await db.OpenConnectionAsync();
    await using var transaction = await connection.BeginTransactionAsync();
    await using var batch = new NpgsqlBatch(connection, transaction);
    batch.BatchCommands.Add(Command(
        "INSERT INTO audit_entries (id, action, change, client_id, occurred_at, subject_id, subject_type, trace_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        Guid.CreateVersion7(now), "RegisterInnovation", "added", client.Id, now, id.ToString(), "innovation", DBNull.Value));
    // The event as the service writes it: no position (the stamper below gives it one after the commit), no lock.
    batch.BatchCommands.Add(Command(
        "INSERT INTO events (id, data, occurred_at, subject_id, subject_type, type) VALUES ($1, $2, $3, $4, $5, $6) RETURNING version",
        Guid.CreateVersion7(now), new NpgsqlParameter { Value = data, NpgsqlDbType = NpgsqlDbType.Jsonb }, now, id.ToString(), "innovation", "innovation.stateChanged"));
    batch.BatchCommands.Add(Command(
        """
        INSERT INTO innovations (id, agency_id, archived_at, created_at, digital, evidence_links, form, hub_id, impact, implemented_on, last_decision, last_verification_notes, last_verified_at, maturity_stage, novelty, problem, province_code, published_at, regency_code, replicable, replicated_from_id, replication_count, sector, solution, started_on, state, submitted_at, summary, title, unit_name, updated_at)
        VALUES ($1, $2, NULL, $3, $4, $5, $6, $7, $8, $9, NULL, NULL, NULL, $10, $11, $12, $13, NULL, $14, $15, NULL, 0, $16, $17, $18, 'Draft', NULL, $19, $20, $21, $22)
        RETURNING search_vector, xmin
        """,
        id, agencyId, now, input.Digital, links, form, (object?)hubId ?? DBNull.Value, input.Impact.Trim(), (object?)input.ImplementedOn ?? DBNull.Value,
        stage, input.Novelty.Trim(), input.Problem.Trim(), (object?)provinceCode ?? DBNull.Value, (object?)regencyCode ?? DBNull.Value, input.Replicable,
        input.Sector, input.Solution.Trim(), input.StartedOn, input.Summary.Trim(), input.Title.Trim(), input.UnitName.Trim(), now));
    await batch.ExecuteNonQueryAsync();
    await transaction.CommitAsync();

    var dto = new InnovationDto(
        id, input.Title.Trim(), agencyId, input.UnitName.Trim(), input.Summary.Trim(), input.Problem.Trim(), input.Solution.Trim(), input.Novelty.Trim(),
        input.Impact.Trim(), input.Sector, input.Form, input.Digital, input.MaturityStage, input.StartedOn, input.ImplementedOn, links, input.Replicable,
        null, 0, provinceCode, regencyCode, hubId, "draft", null, now, now, null, null, null);
    return Results.Created($"/api/v1/innovations/{id}", dto);
});

// Statistics: the service's seven aggregate queries, kept in memory for 30 s as the service keeps them.
var overview = new OverviewCache(db);
app.MapGet("/api/v1/statistics/overview", async () => Results.Text(await overview.GetAsync(), "application/json"));

// The event feed's method, as the service runs it: committed events are stamped with their positions every 200 ms
// (Jipp:Events:StampIntervalMilliseconds), by stamp_events() under the lock that only stampers take.
using var stopping = new CancellationTokenSource();
var stamper = Task.Run(async () =>
{
    using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(200));
    while (await timer.WaitForNextTickAsync(stopping.Token))
    {
        try
        {
            await using var command = db.CreateCommand("SELECT CASE WHEN EXISTS (SELECT 1 FROM events WHERE sequence IS NULL) THEN stamp_events($1) ELSE 0 END");
            command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = 5000 });
            while ((int)(await command.ExecuteScalarAsync(stopping.Token))! == 5000)
            {
            }
        }
        catch (NpgsqlException)
        {
            // The next tick tries again, as the service's stamper does.
        }
    }
});

await app.RunAsync();
await stopping.CancelAsync();
await stamper.ContinueWith(_ => { }, TaskScheduler.Default);

async Task<HashSet<string>> CodesAsync(string sql)
{
    await using var command = db.CreateCommand(sql);
    await using var reader = await command.ExecuteReaderAsync();
    var codes = new HashSet<string>(StringComparer.Ordinal);
    while (await reader.ReadAsync())
    {
        codes.Add(reader.GetString(0));
    }

    return codes;
}

static async Task<List<InnovationListItemDto>> ReadListAsync(NpgsqlCommand command)
{
    var rows = new List<InnovationListItemDto>();
    await using var reader = await command.ExecuteReaderAsync();
    while (await reader.ReadAsync())
    {
        rows.Add(new InnovationListItemDto(
            reader.GetGuid(0), reader.GetString(1), reader.GetGuid(2), reader.GetString(3), reader.GetString(4), reader.GetString(5), Camel(reader.GetString(6)),
            reader.GetBoolean(7), Camel(reader.GetString(8)), reader.GetFieldValue<DateOnly>(9), reader.GetBoolean(10), reader.GetInt32(11),
            NullableString(reader, 12), NullableString(reader, 13), reader.IsDBNull(14) ? null : reader.GetGuid(14), Camel(reader.GetString(15)),
            NullableTime(reader, 16), reader.GetFieldValue<DateTimeOffset>(17)));
    }

    return rows;
}

static NpgsqlBatchCommand Command(string sql, params object?[] values)
{
    var command = new NpgsqlBatchCommand(sql);
    foreach (var value in values)
    {
        command.Parameters.Add(value as NpgsqlParameter ?? new NpgsqlParameter { Value = value ?? DBNull.Value });
    }

    return command;
}

static bool Required(string? text, int max) => !string.IsNullOrWhiteSpace(text) && text.Length <= max;

static string? NullableString(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

static DateTimeOffset? NullableTime(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<DateTimeOffset>(ordinal);

static string Camel(string value) => string.Create(value.Length, value, (span, v) =>
{
    v.AsSpan().CopyTo(span);
    span[0] = char.ToLowerInvariant(span[0]);
});

static string Pascal(string value) => char.ToUpperInvariant(value[0]) + value[1..];

internal static partial class Program
{
    private const string ListColumns = "i.id, i.title, i.agency_id, i.unit_name, i.summary, i.sector, i.form, i.digital, i.maturity_stage, i.started_on, i.replicable, i.replication_count, i.province_code, i.regency_code, i.hub_id, i.state, i.published_at, i.updated_at";

    private static readonly HashSet<string> Forms = ["publicService", "governance", "other"];

    private static readonly HashSet<string> Stages = ["initiative", "trial", "implementation"];

    private static readonly HashSet<string> States = ["draft", "submitted", "returned", "published", "archived"];
}

namespace Jipp.Bench.Baseline
{
    internal sealed record Client(Guid Id, string Role, Guid? AgencyId, Guid? HubId);

    internal static class Clients
    {
        /// <summary>The service's key lookup: SHA-256 of the key, one index probe.</summary>
        public static async Task<(bool Ok, Client? Client)> AuthenticateAsync(NpgsqlDataSource db, HttpContext http)
        {
            if (!http.Request.Headers.TryGetValue("X-Api-Key", out var values))
            {
                return (true, null);
            }

            await using var command = db.CreateCommand("""
                SELECT a.id, a.name, a.role, a.agency_id, a.hub_id
                FROM api_clients AS a
                WHERE a.key_hash = $1 AND a.revoked_at IS NULL
                LIMIT 2
                """);
            command.Parameters.Add(new NpgsqlParameter { Value = SHA256.HashData(Encoding.UTF8.GetBytes(values.ToString())) });
            await using var reader = await command.ExecuteReaderAsync();
            return await reader.ReadAsync()
                ? (true, new Client(reader.GetGuid(0), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetGuid(3), reader.IsDBNull(4) ? null : reader.GetGuid(4)))
                : (false, null);
        }

        /// <summary>The rows a list reads: for an agency or a hub the visibility rule as disjoint UNION ALL parts, as the service sends it.</summary>
        public static string ListSource(Client? client, NpgsqlCommand command)
        {
            switch (client?.Role)
            {
                case "Agency":
                    command.Parameters.Add(new NpgsqlParameter { Value = client.AgencyId });
                    return $"(SELECT * FROM innovations WHERE state = 'Published' UNION ALL SELECT * FROM innovations WHERE agency_id = ${command.Parameters.Count} AND state <> 'Published') AS i";
                case "Hub":
                    command.Parameters.Add(new NpgsqlParameter { Value = client.HubId });
                    return $"(SELECT * FROM innovations WHERE state = 'Published' UNION ALL SELECT * FROM innovations WHERE hub_id = ${command.Parameters.Count} AND state NOT IN ('Draft', 'Published')) AS i";
                default:
                    return "innovations AS i";
            }
        }

        /// <summary>The service's visibility rule as a WHERE prefix; adds its parameter after the first <paramref name="firstParameter"/> - 1.</summary>
        public static string Visibility(Client? client, NpgsqlCommand command, int firstParameter)
        {
            switch (client?.Role)
            {
                case "Ministry":
                    return string.Empty;
                case "Agency":
                    command.Parameters.Add(new NpgsqlParameter { Value = client.AgencyId });
                    return $"(i.state = 'Published' OR i.agency_id = ${firstParameter + command.Parameters.Count - 1}) AND ";
                case "Hub":
                    command.Parameters.Add(new NpgsqlParameter { Value = client.HubId });
                    return $"(i.state = 'Published' OR (i.hub_id = ${firstParameter + command.Parameters.Count - 1} AND i.state <> 'Draft')) AND ";
                default:
                    return "i.state = 'Published' AND ";
            }
        }
    }

    /// <summary>The service's cursor format: base64url of {"Id":…,"Rank":…}.</summary>
    internal static class Cursors
    {
        public static string Encode(Guid id, float? rank) =>
            Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(new CursorPosition(id, rank), BaselineJson.Default.CursorPosition));

        public static bool TryDecode(string? cursor, out Guid? id, out float? rank)
        {
            id = null;
            rank = null;
            if (string.IsNullOrEmpty(cursor))
            {
                return true;
            }

            try
            {
                var position = JsonSerializer.Deserialize(Base64Url.DecodeFromChars(cursor), BaselineJson.Default.CursorPosition);
                id = position?.Id;
                rank = position?.Rank;
                return position is not null;
            }
            catch (Exception e) when (e is JsonException or FormatException)
            {
                return false;
            }
        }
    }

    internal sealed class OverviewCache(NpgsqlDataSource db)
    {
        private (string Json, DateTime At)? _cached;

        public async Task<string> GetAsync()
        {
            if (_cached is { } cached && DateTime.UtcNow - cached.At < TimeSpan.FromSeconds(30))
            {
                return cached.Json;
            }

            var result = new Dictionary<string, object>(StringComparer.Ordinal);
            string[] queries =
            [
                "SELECT h.designation_year::text, count(*)::int FROM hubs AS h WHERE h.status = 'Active' GROUP BY h.designation_year ORDER BY h.designation_year",
                "SELECT i.state, count(*)::int FROM innovations AS i GROUP BY i.state",
                "SELECT i.sector, count(*)::int FROM innovations AS i WHERE i.state = 'Published' GROUP BY i.sector",
                "SELECT i.maturity_stage, count(*)::int FROM innovations AS i WHERE i.state = 'Published' GROUP BY i.maturity_stage",
                "SELECT c.state, count(*)::int FROM candidacies AS c GROUP BY c.state",
                "SELECT r.state, count(*)::int FROM replication_requests AS r GROUP BY r.state",
            ];
            string[] names = ["hubsByDesignationYear", "innovationsByState", "innovationsBySector", "innovationsByMaturityStage", "candidaciesByState", "replicationsByState"];
            for (var q = 0; q < queries.Length; q++)
            {
                var counts = new Dictionary<string, int>(StringComparer.Ordinal);
                await using var command = db.CreateCommand(queries[q]);
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    counts[reader.GetString(0)] = reader.GetInt32(1);
                }

                result[names[q]] = counts;
            }

            await using (var sectors = db.CreateCommand("SELECT s.code FROM sectors AS s ORDER BY s.position"))
            {
                await sectors.ExecuteNonQueryAsync();
            }

            result["generatedAt"] = DateTime.UtcNow;
            var json = JsonSerializer.Serialize(result, BaselineJson.Default.DictionaryStringObject);
            _cached = (json, DateTime.UtcNow);
            return json;
        }
    }

    internal sealed record CursorPosition(Guid Id, float? Rank);

    internal sealed record StateChangedData(Guid InnovationId, Guid AgencyId, string? ProvinceCode, Guid? HubId, string? From, string To);

    internal sealed record VerificationDto(string Decision, string? Notes, DateTimeOffset At);

    internal sealed record InnovationDto(
        Guid Id, string Title, Guid AgencyId, string UnitName, string Summary, string Problem, string Solution, string Novelty, string Impact, string Sector,
        string Form, bool Digital, string MaturityStage, DateOnly StartedOn, DateOnly? ImplementedOn, IReadOnlyList<string> EvidenceLinks, bool Replicable,
        Guid? ReplicatedFromId, int ReplicationCount, string? ProvinceCode, string? RegencyCode, Guid? HubId, string State, VerificationDto? LastVerification,
        DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? SubmittedAt, DateTimeOffset? PublishedAt, DateTimeOffset? ArchivedAt);

    internal sealed record InnovationListItemDto(
        Guid Id, string Title, Guid AgencyId, string UnitName, string Summary, string Sector, string Form, bool Digital, string MaturityStage,
        DateOnly StartedOn, bool Replicable, int ReplicationCount, string? ProvinceCode, string? RegencyCode, Guid? HubId, string State,
        DateTimeOffset? PublishedAt, DateTimeOffset UpdatedAt);

    internal sealed record PageDto(IReadOnlyList<InnovationListItemDto> Items, string? NextCursor);

    internal sealed record InnovationInput(
        string Title, string UnitName, string Summary, string Problem, string Solution, string Novelty, string Impact, string Sector, string Form,
        bool Digital, string MaturityStage, DateOnly StartedOn, Guid? AgencyId = null, DateOnly? ImplementedOn = null, string[]? EvidenceLinks = null,
        bool Replicable = false);

    [JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
    [JsonSerializable(typeof(InnovationDto))]
    [JsonSerializable(typeof(PageDto))]
    [JsonSerializable(typeof(InnovationInput))]
    [JsonSerializable(typeof(StateChangedData))]
    [JsonSerializable(typeof(CursorPosition))]
    [JsonSerializable(typeof(Dictionary<string, object>))]
    [JsonSerializable(typeof(Dictionary<string, int>))]
    [JsonSerializable(typeof(DateTime))]
    internal sealed partial class BaselineJson : JsonSerializerContext;
}
