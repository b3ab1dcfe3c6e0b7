using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Jipp.Api.Tests.Infrastructure;
using Jipp.Application.OpenData;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jipp.Api.Tests;

/// <summary>
/// The open data export over a known registry: Surabaya (35.78) publishes two innovations, one with commas, quotes and
/// line breaks in its texts, and keeps a draft, a submitted, a returned and an archived one; the Bali provincial
/// government (51) publishes one and keeps a draft.
/// </summary>
public sealed class OpenDataTests(ApiFactory factory) : InnovationTest(factory)
{
    private const string Export = "/api/v1/open-data/innovations";
    private const string Dictionary = "/api/v1/open-data/innovations/dictionary";
    private const string TrickyTitle = "Layanan \"Cepat\", Tanpa Antre";
    private const string TrickySummary = "Baris pertama, dengan koma;\nbaris kedua \"dikutip\".";
    private const string VerifierNotes = "Hubungi Bapak Budi Santoso di 0812-3456-7890 untuk bukti dukung.";

    private static readonly string[] Header = [.. OpenDataColumns.All.Select(c => c.Name)];

    [Fact]
    public async Task The_CSV_export_holds_only_published_innovations_with_their_codes_and_names_joined()
    {
        var registry = await BuildRegistryAsync();

        var response = await GetAsync(Export, "text/csv");

        await Expect.StatusAsync(response, HttpStatusCode.OK);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal($"jipp-innovations-{DateTime.UtcNow:yyyy-MM-dd}.csv", response.Content.Headers.ContentDisposition.FileName!.Trim('"'));
        Assert.True(response.Headers.CacheControl!.Public);
        Assert.Equal(TimeSpan.FromSeconds(300), response.Headers.CacheControl.MaxAge);
        Assert.Contains("Accept", response.Headers.Vary);

        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.NotEqual(0xEF, bytes[0]); // no byte order mark
        var text = Encoding.UTF8.GetString(bytes);
        Assert.StartsWith(string.Join(',', Header) + "\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\"Layanan \"\"Cepat\"\", Tanpa Antre\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain(VerifierNotes, text, StringComparison.Ordinal);

        var rows = ParseCsv(text);
        Assert.Equal(Header, rows[0]);
        var records = rows.Skip(1).Select(r => Header.Zip(r).ToDictionary(p => p.First, p => p.Second)).ToList();
        Assert.Equal(registry.Published.Order(), records.Select(r => Guid.Parse(r["id"])));

        var tricky = records.Single(r => r["id"] == registry.Tricky.ToString());
        Assert.Equal(TrickyTitle, tricky["title"]);
        Assert.Equal(TrickySummary, tricky["summary"]);
        Assert.Equal("health", tricky["sectorCode"]);
        Assert.Equal("Kesehatan", tricky["sectorNameId"]);
        Assert.Equal("Health", tricky["sectorNameEn"]);
        Assert.Equal("publicService", tricky["form"]);
        Assert.Equal("true", tricky["digital"]);
        Assert.Equal("implementation", tricky["maturityStage"]);
        Assert.Equal("2022-01-10", tricky["startedOn"]);
        Assert.Equal("2022-06-01", tricky["implementedOn"]);
        Assert.Equal("true", tricky["replicable"]);
        Assert.Equal(string.Empty, tricky["replicatedFromId"]);
        Assert.Equal("0", tricky["replicationCount"]);
        Assert.EndsWith("Z", tricky["publishedAt"], StringComparison.Ordinal);
        Assert.Equal(SurabayaId.ToString(), tricky["agencyId"]);
        Assert.Equal("Pemerintah Kota Surabaya", tricky["agencyName"]);
        Assert.Equal("cityGovernment", tricky["agencyType"]);
        Assert.Equal("35", tricky["provinceCode"]);
        Assert.Equal("35", tricky["provinceBpsCode"]);
        Assert.Equal("Jawa Timur", tricky["provinceName"]);
        Assert.Equal("35.78", tricky["regencyCode"]);
        Assert.Equal("Kota Surabaya", tricky["regencyName"]);
        Assert.Equal(JatimHubId.ToString(), tricky["hubId"]);

        var bali = records.Single(r => r["id"] == registry.Bali.ToString());
        Assert.Equal("51", bali["provinceCode"]);
        Assert.Equal("Bali", bali["provinceName"]);
        Assert.Equal("provincialGovernment", bali["agencyType"]);
        Assert.Equal(string.Empty, bali["regencyCode"]);
        Assert.Equal(string.Empty, bali["regencyName"]);
        Assert.Equal(string.Empty, bali["implementedOn"]);
        Assert.Equal("trial", bali["maturityStage"]);
        Assert.Equal("false", bali["digital"]);
    }

    [Fact]
    public async Task The_JSON_Lines_export_has_the_same_rows_as_typed_objects_with_the_columns_as_members()
    {
        var registry = await BuildRegistryAsync();

        var csv = ParseCsv(await (await GetAsync(Export, "text/csv")).Content.ReadAsStringAsync());
        var response = await GetAsync(Export, "application/x-ndjson");

        await Expect.StatusAsync(response, HttpStatusCode.OK);
        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"jipp-innovations-{DateTime.UtcNow:yyyy-MM-dd}.ndjson", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
        var text = await response.Content.ReadAsStringAsync();
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(registry.Published.Count, lines.Length);
        var objects = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.All(objects, o => Assert.Equal(Header, o.EnumerateObject().Select(p => p.Name)));

        // Every value is the CSV's, typed: booleans and numbers as such, absent values as null.
        for (var i = 0; i < objects.Count; i++)
        {
            foreach (var (name, index) in Header.Select((n, k) => (n, k)))
            {
                var value = objects[i].GetProperty(name);
                var cell = csv[i + 1][index];
                switch (value.ValueKind)
                {
                    case JsonValueKind.Null:
                        Assert.Equal(string.Empty, cell);
                        break;
                    case JsonValueKind.True or JsonValueKind.False:
                        Assert.Equal(value.GetBoolean() ? "true" : "false", cell);
                        break;
                    case JsonValueKind.Number:
                        Assert.Equal(value.GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), cell);
                        break;
                    default:
                        Assert.Equal(value.GetString(), cell);
                        break;
                }
            }
        }

        var tricky = objects.Single(o => o.GetProperty("id").GetGuid() == registry.Tricky);
        Assert.Equal(TrickySummary, tricky.GetProperty("summary").GetString());
        Assert.True(tricky.GetProperty("digital").GetBoolean());
        Assert.Equal(0, tricky.GetProperty("replicationCount").GetInt32());
        Assert.Equal(JsonValueKind.Null, tricky.GetProperty("replicatedFromId").ValueKind);
        var bali = objects.Single(o => o.GetProperty("id").GetGuid() == registry.Bali);
        Assert.Equal(JsonValueKind.Null, bali.GetProperty("regencyCode").ValueKind);
        Assert.Equal(JsonValueKind.Null, bali.GetProperty("implementedOn").ValueKind);
    }

    [Theory]
    [InlineData(null, "text/csv")]
    [InlineData("*/*", "text/csv")]
    [InlineData("text/*", "text/csv")]
    [InlineData("text/csv; charset=utf-8", "text/csv")]
    [InlineData("application/*", "application/x-ndjson")]
    [InlineData("application/x-ndjson, text/csv;q=0.5", "application/x-ndjson")]
    [InlineData("text/html,application/xhtml+xml,*/*;q=0.8", "text/csv")]
    [InlineData("*/*, text/csv;q=0", "application/x-ndjson")]
    public async Task The_format_follows_Accept_with_CSV_as_the_default(string? accept, string expected)
    {
        var response = await GetAsync(Export, accept);

        await Expect.StatusAsync(response, HttpStatusCode.OK);
        Assert.Equal(expected, response.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/xml")]
    [InlineData("text/csv;q=0")]
    public async Task A_format_the_export_does_not_have_is_406_with_a_problem(string accept)
    {
        var response = await GetAsync(Export, accept);

        var problem = await Expect.ProblemAsync(response, HttpStatusCode.NotAcceptable, "not_acceptable");
        Assert.Contains("text/csv", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("application/x-ndjson", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_keep_the_province_the_sector_and_the_publication_dates_asked_for()
    {
        var registry = await BuildRegistryAsync();
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var tomorrow = DateTime.UtcNow.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var yesterday = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal([registry.Bali], await IdsAsync($"{Export}?provinceCode=51"));
        Assert.Equal(registry.Published.Where(id => id != registry.Bali).Order(), await IdsAsync($"{Export}?provinceCode=35"));
        Assert.Equal([registry.Tricky], await IdsAsync($"{Export}?sector=health"));
        Assert.Equal([registry.Tricky], await IdsAsync($"{Export}?sector=health&provinceCode=35"));
        Assert.Empty(await IdsAsync($"{Export}?sector=health&provinceCode=51"));
        Assert.Empty(await IdsAsync($"{Export}?provinceCode=11"));
        Assert.Equal(registry.Published.Order(), await IdsAsync($"{Export}?publishedFrom={today}&publishedTo={today}"));
        Assert.Empty(await IdsAsync($"{Export}?publishedFrom={tomorrow}"));
        Assert.Empty(await IdsAsync($"{Export}?publishedTo={yesterday}"));
    }

    [Theory]
    [InlineData("provinceCode=99", "provinceCode")]
    [InlineData("provinceCode=3", "provinceCode")]
    [InlineData("provinceCode=jatim", "provinceCode")]
    [InlineData("sector=space-travel", "sector")]
    [InlineData("publishedFrom=2026-13-01", "publishedFrom")]
    [InlineData("publishedTo=yesterday", "publishedTo")]
    [InlineData("publishedFrom=1999-12-31", "publishedFrom")]
    [InlineData("publishedFrom=2025-02-01&publishedTo=2025-01-31", "publishedTo")]
    public async Task Bad_filters_are_400_with_the_field_named_in_either_format(string query, string field)
    {
        await Expect.ValidationProblemAsync(await GetAsync($"{Export}?{query}", "text/csv"), field);
        await Expect.ValidationProblemAsync(await GetAsync($"{Export}?{query}", "application/x-ndjson"), field);
    }

    [Fact]
    public async Task A_matching_ETag_is_304_and_a_publication_or_an_archival_changes_it()
    {
        var registry = await BuildRegistryAsync();

        var first = await GetAsync(Export, "text/csv");
        await Expect.StatusAsync(first, HttpStatusCode.OK);
        var etag = first.Headers.ETag!;
        Assert.False(etag.IsWeak);
        Assert.NotNull(first.Content.Headers.LastModified);

        var again = await GetAsync(Export, "text/csv", etag.Tag);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Equal(etag, again.Headers.ETag);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotModified, (await GetAsync(Export, "text/csv", $"\"other\", W/{etag.Tag}")).StatusCode);

        // Another format or another filter is another representation, with its own ETag.
        var ndjson = await GetAsync(Export, "application/x-ndjson", etag.Tag);
        Assert.Equal(HttpStatusCode.OK, ndjson.StatusCode);
        Assert.NotEqual(etag, ndjson.Headers.ETag);
        var filtered = await GetAsync($"{Export}?provinceCode=35", "text/csv", etag.Tag);
        Assert.Equal(HttpStatusCode.OK, filtered.StatusCode);
        Assert.NotEqual(etag, filtered.Headers.ETag);

        // A new draft changes nothing that is published.
        await InStateAsync("draft", Body("Draf Baru"));
        Assert.Equal(HttpStatusCode.NotModified, (await GetAsync(Export, "text/csv", etag.Tag)).StatusCode);

        var published = await InStateAsync("published", Body("Terbit Kemudian"));
        var afterPublication = await GetAsync(Export, "text/csv", etag.Tag);
        Assert.Equal(HttpStatusCode.OK, afterPublication.StatusCode);
        Assert.NotEqual(etag, afterPublication.Headers.ETag);
        Assert.Contains(published, ParseIds(await afterPublication.Content.ReadAsStringAsync()));

        var beforeArchival = afterPublication.Headers.ETag!;
        await ActAsync(Owner, registry.Tricky, "archival");
        var afterArchival = await GetAsync(Export, "text/csv", beforeArchival.Tag);
        Assert.Equal(HttpStatusCode.OK, afterArchival.StatusCode);
        Assert.NotEqual(beforeArchival, afterArchival.Headers.ETag);
        Assert.DoesNotContain(registry.Tricky, ParseIds(await afterArchival.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task The_dictionary_describes_exactly_the_exported_columns()
    {
        await BuildRegistryAsync();
        var exportedCsv = ParseCsv(await (await GetAsync(Export, "text/csv")).Content.ReadAsStringAsync())[0];
        var exportedJson = JsonDocument.Parse((await (await GetAsync(Export, "application/x-ndjson")).Content.ReadAsStringAsync()).Split('\n')[0])
            .RootElement.EnumerateObject().Select(p => p.Name).ToList();

        var response = await GetAsync(Dictionary, null);
        await Expect.StatusAsync(response, HttpStatusCode.OK);
        var dictionary = await response.Content.ReadFromJsonAsync<JsonElement>(Json);
        var fields = dictionary.GetProperty("fields").EnumerateArray().ToList();

        Assert.Equal(exportedCsv, fields.Select(f => f.GetProperty("name").GetString()));
        Assert.Equal(exportedJson, fields.Select(f => f.GetProperty("name").GetString()));
        Assert.All(fields, f =>
        {
            Assert.Contains(f.GetProperty("type").GetString(), (string[])["string", "integer", "boolean", "date", "datetime"]);
            Assert.False(string.IsNullOrWhiteSpace(f.GetProperty("description").GetString()));
        });

        var sectors = await Anonymous.GetFromJsonAsync<JsonElement>($"{V1}/sectors", Json);
        var sectorCodes = fields.Single(f => f.GetProperty("name").GetString() == "sectorCode").GetProperty("codes");
        Assert.Equal(
            sectors.GetProperty("items").EnumerateArray().Select(s => (s.GetProperty("code").GetString(), s.GetProperty("nameId").GetString(), s.GetProperty("name").GetString())),
            sectorCodes.GetProperty("values").EnumerateArray().Select(s => (s.GetProperty("code").GetString(), s.GetProperty("nameId").GetString(), s.GetProperty("nameEn").GetString())));
        Assert.Contains("Kepmendagri 300.2.2-2138/2025", fields.Single(f => f.GetProperty("name").GetString() == "provinceCode").GetProperty("codes").GetProperty("source").GetString(), StringComparison.Ordinal);
        Assert.Equal(["publicService", "governance", "other"], fields.Single(f => f.GetProperty("name").GetString() == "form").GetProperty("values").EnumerateArray().Select(v => v.GetString()));

        Assert.Equal(JsonValueKind.Null, dictionary.GetProperty("license").ValueKind);
        Assert.Contains("No licence", dictionary.GetProperty("licenseNote").GetString(), StringComparison.Ordinal);
        Assert.Equal("live", dictionary.GetProperty("updateFrequency").GetString());
        Assert.Equal(["text/csv", "application/x-ndjson"], dictionary.GetProperty("formats").EnumerateArray().Select(f => f.GetProperty("mediaType").GetString()));
        var excluded = dictionary.GetProperty("excludedFields").EnumerateArray().Select(f => f.GetProperty("field").GetString()).ToList();
        Assert.Contains("lastVerificationNotes", excluded);
        Assert.DoesNotContain(excluded, e => exportedCsv.Contains(e));
    }

    [Fact]
    public async Task The_dictionary_comes_as_CSV_too_in_the_language_asked_for_and_refuses_other_formats()
    {
        var csv = await GetAsync(Dictionary, "text/csv");
        await Expect.StatusAsync(csv, HttpStatusCode.OK);
        var rows = ParseCsv(await csv.Content.ReadAsStringAsync());
        Assert.Equal(["name", "type", "format", "required", "description", "values", "codesSource", "codesReference"], rows[0]);
        Assert.Equal(Header, rows.Skip(1).Select(r => r[0]));

        var request = new HttpRequestMessage(HttpMethod.Get, Dictionary);
        request.Headers.AcceptLanguage.ParseAdd("id");
        var indonesian = await (await Anonymous.SendAsync(request)).Content.ReadFromJsonAsync<JsonElement>(Json);
        Assert.Equal("Nama inovasi.", indonesian.GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "title").GetProperty("description").GetString());

        await Expect.ProblemAsync(await GetAsync(Dictionary, "application/x-ndjson"), HttpStatusCode.NotAcceptable, "not_acceptable");
    }

    [Fact]
    public async Task An_empty_registry_exports_the_header_alone()
    {
        var csv = await GetAsync(Export, null);
        await Expect.StatusAsync(csv, HttpStatusCode.OK);
        Assert.Equal(string.Join(',', Header) + "\r\n", await csv.Content.ReadAsStringAsync());
        Assert.NotNull(csv.Headers.ETag);

        var ndjson = await GetAsync(Export, "application/x-ndjson");
        Assert.Equal(string.Empty, await ndjson.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_client_that_goes_away_stops_the_export_query()
    {
        await BuildRegistryAsync();
        await AddPublishedRowsAsync(20_000);

        var request = new HttpRequestMessage(HttpMethod.Get, Export);
        request.Headers.TryAddWithoutValidation("Accept", "text/csv");
        using (var response = await Anonymous.SendAsync(request, HttpCompletionOption.ResponseHeadersRead))
        {
            await Expect.StatusAsync(response, HttpStatusCode.OK);
            await using var body = await response.Content.ReadAsStreamAsync();
            var buffer = new byte[4096];
            Assert.True(await body.ReadAsync(buffer) > 0);
        }

        var deadline = DateTime.UtcNow.AddSeconds(10);
        long running;
        do
        {
            await Task.Delay(100);
            running = await Factory.WithDbAsync(db => db.Database.SqlQueryRaw<long>(
                "SELECT count(*) AS \"Value\" FROM pg_stat_activity WHERE query LIKE '-- open data: innovations%ORDER BY id' AND pid <> pg_backend_pid() AND state = 'active'").SingleAsync());
        }
        while (running > 0 && DateTime.UtcNow < deadline);

        Assert.Equal(0, running);
    }

    [Fact]
    public async Task A_read_left_early_cancels_its_query_instead_of_draining_it()
    {
        await BuildRegistryAsync();
        await AddPublishedRowsAsync(20_000);

        await using var scope = Factory.Services.CreateAsyncScope();
        await using var snapshot = await scope.ServiceProvider.GetRequiredService<IOpenInnovations>().OpenAsync(CancellationToken.None);
        var read = 0;
        await foreach (var row in snapshot.ReadAsync(new OpenInnovationsFilter(null, null, null, null), CancellationToken.None))
        {
            read++;
            break;
        }

        // Cancelled, the query failed and left its transaction aborted; read to its end, the transaction would be merely idle.
        var state = await Factory.WithDbAsync(db => db.Database.SqlQueryRaw<string>(
            "SELECT state AS \"Value\" FROM pg_stat_activity WHERE query LIKE '-- open data: innovations%ORDER BY id' AND pid <> pg_backend_pid()").SingleAsync());
        Assert.Equal(1, read);
        Assert.Equal("idle in transaction (aborted)", state);
    }

    /// <summary>Copies of the published health innovation with a long summary: a registry the export cannot send at once.</summary>
    private Task<int> AddPublishedRowsAsync(int count) =>
        Factory.WithDbAsync(db => db.Database.ExecuteSqlAsync($"""
            INSERT INTO innovations (id, agency_id, province_code, regency_code, hub_id, title, unit_name, summary, problem, solution,
                novelty, impact, sector, form, digital, maturity_stage, started_on, implemented_on, evidence_links, replicable,
                replication_count, state, created_at, updated_at, published_at, version)
            SELECT gen_random_uuid(), agency_id, province_code, regency_code, hub_id, title || ' ' || n, unit_name, repeat(summary, 20),
                problem, solution, novelty, impact, sector, form, digital, maturity_stage, started_on, implemented_on, evidence_links,
                replicable, replication_count, state, created_at, updated_at, published_at, version
            FROM innovations, generate_series(1, {count}) AS n
            WHERE state = 'Published' AND sector = 'health'
            """));

    private async Task<HttpResponseMessage> GetAsync(string path, string? accept, string? ifNoneMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        // The test clients send Accept: application/json by default; a client of its own sends none.
        using var bare = Factory.CreateClient();
        return await (accept is null ? bare : Anonymous).SendAsync(request);
    }

    private async Task<List<Guid>> IdsAsync(string path)
    {
        var response = await GetAsync(path, "text/csv");
        await Expect.StatusAsync(response, HttpStatusCode.OK);
        return ParseIds(await response.Content.ReadAsStringAsync());
    }

    private static List<Guid> ParseIds(string csv) => [.. ParseCsv(csv).Skip(1).Select(r => Guid.Parse(r[0]))];

    /// <summary>An RFC 4180 reader of its own, so that the test does not trust the library that writes.</summary>
    private static List<string[]> ParseCsv(string text)
    {
        var rows = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                Assert.Equal(0, field.Length); // a quote only opens a field
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r')
            {
                Assert.Equal('\n', text[i + 1]); // records end with CRLF
                fields.Add(field.ToString());
                field.Clear();
                rows.Add([.. fields]);
                fields.Clear();
                i++;
            }
            else
            {
                Assert.NotEqual('\n', c); // a bare LF only inside quotes
                field.Append(c);
            }
        }

        Assert.False(quoted);
        Assert.Equal(0, field.Length + fields.Count); // the last record ends with CRLF too
        Assert.All(rows, r => Assert.Equal(rows[0].Length, r.Length));
        return rows;
    }

    private async Task<Registry> BuildRegistryAsync()
    {
        var tricky = Body(TrickyTitle, "health");
        tricky["summary"] = TrickySummary;

        // Returned once with notes that name a person, then published: the notes never reach the export.
        var trickyId = await InStateAsync("submitted", tricky);
        await ActAsync(Ministry, trickyId, "verification", new { decision = "return", notes = VerifierNotes });
        await ActAsync(Owner, trickyId, "submission");
        await ActAsync(Ministry, trickyId, "verification", new { decision = "publish" });

        var plain = await InStateAsync("published", Body("Perizinan Online Terpadu"));
        await InStateAsync("draft", Body("Draf Surabaya"));
        await InStateAsync("submitted", Body("Diajukan Surabaya"));
        await InStateAsync("returned", Body("Dikembalikan Surabaya"));
        await InStateAsync("archived", Body("Diarsipkan Surabaya"));
        var archivedAfterPublication = await InStateAsync("published", Body("Terbit lalu Diarsipkan"));
        await ActAsync(Owner, archivedAfterPublication, "archival");

        var baliBody = Body("Inovasi Pemprov Bali", "tourism");
        baliBody["digital"] = false;
        baliBody["maturityStage"] = "trial";
        baliBody.Remove("implementedOn");
        var baliResponse = await OtherAgency.PostAsJsonAsync(Innovations, baliBody, Json);
        await Expect.StatusAsync(baliResponse, HttpStatusCode.Created);
        var bali = (await baliResponse.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetGuid();
        await ActAsync(OtherAgency, bali, "submission");
        await ActAsync(Ministry, bali, "verification", new { decision = "publish" });
        await Expect.StatusAsync(await OtherAgency.PostAsJsonAsync(Innovations, Body("Draf Bali"), Json), HttpStatusCode.Created);

        return new Registry(trickyId, bali, [trickyId, plain, bali]);
    }

    private sealed record Registry(Guid Tricky, Guid Bali, IReadOnlyList<Guid> Published);
}
