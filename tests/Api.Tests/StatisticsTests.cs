using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jipp.Api.Tests.Infrastructure;
using Jipp.Application.Statistics;
using Jipp.Domain.Candidacies;
using Jipp.Domain.Innovations;
using Jipp.Domain.Replications;
using Jipp.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Jipp.Api.Tests;

/// <summary>
/// The statistics routes over a known registry built through the API on top of the seeded
/// reference data (15 hubs: 8 of 2020, 4 of 2021, 3 of 2022; 7 candidacies of 2023, invited).
/// The factory runs with the statistics cache off, so every answer here is fresh; the tests of the
/// cache start a host of their own with it on and a clock that moves only when they say.
/// </summary>
public sealed class StatisticsTests(ApiFactory factory) : InnovationTest(factory)
{
    private const string Overview = "/api/v1/statistics/overview";
    private const string Provinces = "/api/v1/statistics/provinces";
    private const string Flows = "/api/v1/statistics/replication-flows";
    private const string RefreshSetting = "Jipp:Statistics:RefreshSeconds";
    private const string MaxAgeSetting = "Jipp:Statistics:MaxAgeSeconds";

    [Fact]
    public async Task The_overview_of_the_seeded_network_lists_every_state_with_zeros()
    {
        var overview = await Anonymous.GetFromJsonAsync<JsonElement>(Overview, Json);

        Assert.Equal(
            [(2020, 8), (2021, 4), (2022, 3)],
            overview.GetProperty("hubsByDesignationYear").EnumerateArray().Select(y => (y.GetProperty("year").GetInt32(), y.GetProperty("count").GetInt32())));
        AssertCounts(overview.GetProperty("innovationsByState"), ("draft", 0), ("submitted", 0), ("returned", 0), ("published", 0), ("archived", 0));
        var sectors = overview.GetProperty("innovationsBySector").EnumerateArray().ToList();
        Assert.Equal(await SectorCodesAsync(), sectors.Select(s => s.GetProperty("sector").GetString()));
        Assert.All(sectors, s => Assert.Equal(0, s.GetProperty("count").GetInt32()));
        AssertCounts(overview.GetProperty("innovationsByMaturityStage"), ("initiative", 0), ("trial", 0), ("implementation", 0));
        AssertCounts(
            overview.GetProperty("candidaciesByState"),
            ("shortlisted", 0), ("invited", 7), ("willing", 0), ("declined", 0), ("committed", 0),
            ("readinessSubmitted", 0), ("assessed", 0), ("designated", 0), ("rejected", 0), ("withdrawn", 0));
        AssertReplications(overview);
        AssertEveryValue<InnovationState>(overview.GetProperty("innovationsByState"));
        AssertEveryValue<MaturityStage>(overview.GetProperty("innovationsByMaturityStage"));
        AssertEveryValue<CandidacyState>(overview.GetProperty("candidaciesByState"));
        AssertEveryValue<ReplicationState>(overview.GetProperty("replicationsByState"));

        var generatedAt = overview.GetProperty("generatedAt").GetString()!;
        Assert.EndsWith("Z", generatedAt, StringComparison.Ordinal);
        var instant = DateTimeOffset.Parse(generatedAt, CultureInfo.InvariantCulture);
        Assert.InRange(instant, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(1));
    }

    [Fact]
    public async Task The_overview_counts_innovations_by_state_and_published_ones_by_sector_and_stage()
    {
        await BuildRegistryAsync();
        await Expect.StatusAsync(await Ministry.PostAsJsonAsync($"{V1}/hub-candidacies/{await SeededCandidacyAsync("15")}/rejection", new { reason = "Belum siap." }, Json), HttpStatusCode.OK);

        var overview = await Anonymous.GetFromJsonAsync<JsonElement>(Overview, Json);

        AssertCounts(overview.GetProperty("innovationsByState"), ("draft", 1), ("submitted", 1), ("returned", 0), ("published", 5), ("archived", 0));
        var expectedSectors = (await SectorCodesAsync()).Select(code => (code, code switch
        {
            "health" => 2,
            "investment" or "education" or "tourism" => 1,
            _ => 0,
        }));
        Assert.Equal(
            expectedSectors,
            overview.GetProperty("innovationsBySector").EnumerateArray().Select(s => (s.GetProperty("sector").GetString()!, s.GetProperty("count").GetInt32())));
        AssertCounts(overview.GetProperty("innovationsByMaturityStage"), ("initiative", 1), ("trial", 1), ("implementation", 3));
        AssertCounts(
            overview.GetProperty("candidaciesByState"),
            ("shortlisted", 0), ("invited", 6), ("willing", 0), ("declined", 0), ("committed", 0),
            ("readinessSubmitted", 0), ("assessed", 0), ("designated", 0), ("rejected", 1), ("withdrawn", 0));
        Assert.Equal(15, overview.GetProperty("hubsByDesignationYear").EnumerateArray().Sum(y => y.GetProperty("count").GetInt32()));
        AssertReplications(overview);
        Assert.DoesNotContain("\"id\"", overview.GetRawText(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Province_statistics_list_all_38_provinces_in_code_order_with_their_regencies_and_hubs()
    {
        var statistics = await Anonymous.GetFromJsonAsync<JsonElement>(Provinces, Json);
        var reference = await Anonymous.GetFromJsonAsync<JsonElement>($"{V1}/provinces", Json);

        Assert.Equal(JsonValueKind.Null, statistics.GetProperty("nextCursor").ValueKind);
        var items = statistics.GetProperty("items").EnumerateArray().ToList();
        var provinces = reference.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(38, items.Count);
        Assert.Equal(provinces.Select(p => p.GetProperty("code").GetString()), items.Select(p => p.GetProperty("code").GetString()));
        Assert.Equal(provinces.Select(p => p.GetProperty("name").GetString()), items.Select(p => p.GetProperty("name").GetString()));
        Assert.Equal(provinces.Select(p => p.GetProperty("hubId").ToString()), items.Select(p => p.GetProperty("hubId").ToString()));
        Assert.Equal(15, items.Count(p => p.GetProperty("hubId").ValueKind == JsonValueKind.String));
        Assert.Equal(514, items.Sum(p => p.GetProperty("regenciesTotal").GetInt32()));
        Assert.Equal(38, Province(items, "35").GetProperty("regenciesTotal").GetInt32());
        Assert.Equal(9, Province(items, "51").GetProperty("regenciesTotal").GetInt32());
        Assert.Equal(23, Province(items, "11").GetProperty("regenciesTotal").GetInt32());
        Assert.Equal(JatimHubId, Province(items, "35").GetProperty("hubId").GetGuid());
        Assert.Equal(JsonValueKind.Null, Province(items, "11").GetProperty("hubId").ValueKind);
        Assert.All(items, p =>
        {
            Assert.Equal(0, p.GetProperty("publishedInnovations").GetInt32());
            Assert.Equal(0, p.GetProperty("regenciesWithInnovations").GetInt32());
            Assert.Equal(0m, p.GetProperty("regencyCoverage").GetDecimal());
            Assert.Equal(0, p.GetProperty("replicationsCompleted").GetInt32());
        });

        // The 15 hubs of hubs.csv and the 7 provinces invited in 2023; nobody else.
        Assert.Equal(
            [.. items.Where(p => p.GetProperty("hubId").ValueKind == JsonValueKind.String).Select(p => p.GetProperty("code").GetString())],
            items.Where(p => p.GetProperty("hubStatus").GetString() == "designated").Select(p => p.GetProperty("code").GetString()));
        Assert.Equal(
            ["15", "18", "32", "34", "52", "64", "82"],
            items.Where(p => p.GetProperty("hubStatus").GetString() == "invited").Select(p => p.GetProperty("code").GetString()));
        Assert.All(items, p => Assert.Equal(
            p.GetProperty("hubStatus").GetString() == "invited" ? "2023" : "null",
            p.GetProperty("candidacyCohortYear").ValueKind == JsonValueKind.Null ? "null" : p.GetProperty("candidacyCohortYear").GetInt32().ToString(CultureInfo.InvariantCulture)));
        Assert.Equal(16, items.Count(p => p.GetProperty("hubStatus").GetString() == "none"));
    }

    [Fact]
    public async Task A_province_whose_invitation_was_declined_or_rejected_shows_no_hub_status()
    {
        await Expect.StatusAsync(await Ministry.PostAsJsonAsync($"{V1}/hub-candidacies/{await SeededCandidacyAsync("15")}/rejection", new { reason = "Belum siap." }, Json), HttpStatusCode.OK);
        var lampung = await Ministry.PostAsJsonAsync($"{V1}/hub-candidacies/{await SeededCandidacyAsync("18")}/willingness", new { willing = true, statementRef = "Surat 005/2023" }, Json);
        await Expect.StatusAsync(lampung, HttpStatusCode.OK);

        var items = (await Anonymous.GetFromJsonAsync<JsonElement>(Provinces, Json)).GetProperty("items").EnumerateArray().ToList();

        Assert.Equal("none", Province(items, "15").GetProperty("hubStatus").GetString());
        Assert.Equal(JsonValueKind.Null, Province(items, "15").GetProperty("candidacyCohortYear").ValueKind);
        Assert.Equal("invited", Province(items, "18").GetProperty("hubStatus").GetString());
        Assert.Equal(2023, Province(items, "18").GetProperty("candidacyCohortYear").GetInt32());
        Assert.Equal(6, items.Count(p => p.GetProperty("hubStatus").GetString() == "invited"));
    }

    [Fact]
    public async Task Province_statistics_count_published_innovations_and_the_regencies_and_cities_that_have_one()
    {
        await BuildRegistryAsync();

        var items = (await Anonymous.GetFromJsonAsync<JsonElement>(Provinces, Json)).GetProperty("items").EnumerateArray().ToList();

        // Surabaya and Sidoarjo; the provincial government's innovation counts for the province but for no regency.
        var jatim = Province(items, "35");
        Assert.Equal("Jawa Timur", jatim.GetProperty("name").GetString());
        Assert.Equal(4, jatim.GetProperty("publishedInnovations").GetInt32());
        Assert.Equal(2, jatim.GetProperty("regenciesWithInnovations").GetInt32());
        Assert.Equal(38, jatim.GetProperty("regenciesTotal").GetInt32());
        Assert.Equal(0.0526m, jatim.GetProperty("regencyCoverage").GetDecimal());
        Assert.Equal(JatimHubId, jatim.GetProperty("hubId").GetGuid());

        var bali = Province(items, "51");
        Assert.Equal(1, bali.GetProperty("publishedInnovations").GetInt32());
        Assert.Equal(0, bali.GetProperty("regenciesWithInnovations").GetInt32());
        Assert.Equal(0m, bali.GetProperty("regencyCoverage").GetDecimal());

        Assert.All(items.Where(p => p.GetProperty("code").GetString() is not ("35" or "51")), p =>
        {
            Assert.Equal(0, p.GetProperty("publishedInnovations").GetInt32());
            Assert.Equal(0, p.GetProperty("regenciesWithInnovations").GetInt32());
            Assert.Equal(0m, p.GetProperty("regencyCoverage").GetDecimal());
        });
        Assert.All(items, p => Assert.Equal(0, p.GetProperty("replicationsCompleted").GetInt32()));
    }

    [Fact]
    public async Task Replications_are_counted_by_state_and_completed_ones_in_the_requesters_province()
    {
        var completedOne = await InStateAsync("published", Body(title: "Perizinan Online"));
        var requestedOne = await InStateAsync("published", Body(title: "Posyandu Digital", sector: "health"));
        var completed = await RequestReplicationAsync(completedOne);
        await StepAsync(BaliHub, completed, "verification", new { approved = true });
        await StepAsync(Owner, completed, "agreement", new { agreedOn = "2024-01-20", documentRef = "PKS 12/2024" });
        await StepAsync(BaliHub, completed, "mentoring-sessions", new { heldOn = "2024-02-01", format = "virtual", topics = new[] { "Alur layanan" } });
        await StepAsync(OtherAgency, completed, "completion", new { completedOn = "2024-06-30", resultsSummary = "Layanan berjalan." });
        await RequestReplicationAsync(requestedOne);

        var overview = await Anonymous.GetFromJsonAsync<JsonElement>(Overview, Json);
        var items = (await Anonymous.GetFromJsonAsync<JsonElement>(Provinces, Json)).GetProperty("items").EnumerateArray().ToList();

        AssertCounts(
            overview.GetProperty("replicationsByState"),
            ("submitted", 1), ("verified", 0), ("agreed", 0), ("inImplementation", 0), ("completed", 1), ("rejected", 0), ("cancelled", 0));
        // The Bali government's adaptation is registered as its draft, so it is not published anywhere.
        AssertCounts(overview.GetProperty("innovationsByState"), ("draft", 1), ("submitted", 0), ("returned", 0), ("published", 2), ("archived", 0));
        Assert.Equal(1, Province(items, "51").GetProperty("replicationsCompleted").GetInt32());
        Assert.Equal(0, Province(items, "51").GetProperty("publishedInnovations").GetInt32());
        Assert.Equal(0, Province(items, "35").GetProperty("replicationsCompleted").GetInt32());
        Assert.Equal(2, Province(items, "35").GetProperty("publishedInnovations").GetInt32());
        Assert.Equal(0.0263m, Province(items, "35").GetProperty("regencyCoverage").GetDecimal());
        Assert.Equal(1, items.Sum(p => p.GetProperty("replicationsCompleted").GetInt32()));

        // From Surabaya's province to Bali's; the request still open is no flow.
        var flows = await Anonymous.GetFromJsonAsync<JsonElement>(Flows, Json);
        Assert.Equal(JsonValueKind.Null, flows.GetProperty("nextCursor").ValueKind);
        var flow = Assert.Single(flows.GetProperty("items").EnumerateArray());
        Assert.Equal(["fromProvinceCode", "toProvinceCode", "completed"], flow.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("35", "51", 1), (flow.GetProperty("fromProvinceCode").GetString(), flow.GetProperty("toProvinceCode").GetString(), flow.GetProperty("completed").GetInt32()));
    }

    [Fact]
    public async Task Replication_flows_of_the_seeded_network_are_empty()
    {
        var flows = await Anonymous.GetFromJsonAsync<JsonElement>(Flows, Json);

        Assert.Empty(flows.GetProperty("items").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, flows.GetProperty("nextCursor").ValueKind);
    }

    [Fact]
    public async Task Cached_answers_are_served_until_the_refresher_computes_them_again()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var queries = new StatisticsQueries(open: true);
        await using var cached = Cached(clock, queries);
        using var client = cached.CreateClient();
        var overview = await client.GetStringAsync(Overview);
        var provinces = await client.GetStringAsync(Provinces);

        await InStateAsync("published");
        clock.Advance(TimeSpan.FromSeconds(19));

        var stillCached = await client.GetAsync(Overview);
        Assert.Equal(overview, await stillCached.Content.ReadAsStringAsync());
        Assert.Equal(TimeSpan.FromSeconds(19), stillCached.Headers.Age);
        Assert.Equal(provinces, await client.GetStringAsync(Provinces));

        await cached.Services.GetRequiredService<StatisticsCache>().RefreshAsync(cold: false, CancellationToken.None);

        var refreshed = await client.GetAsync(Overview);
        Assert.Equal(TimeSpan.Zero, refreshed.Headers.Age);
        var fresh = JsonSerializer.Deserialize<JsonElement>(await refreshed.Content.ReadAsStringAsync(), Json);
        Assert.Equal(1, fresh.GetProperty("innovationsByState").GetProperty("published").GetInt32());
        Assert.Equal(clock.GetUtcNow(), fresh.GetProperty("generatedAt").GetDateTimeOffset());
        var freshProvinces = JsonSerializer.Deserialize<JsonElement>(await client.GetStringAsync(Provinces), Json);
        Assert.Equal(1, Province(freshProvinces.GetProperty("items").EnumerateArray().ToList(), "35").GetProperty("publishedInnovations").GetInt32());
        // Once at start and once by the refresh: no request computed anything.
        Assert.Equal(2, queries.ScansOf("overview"));
        Assert.Equal(2, queries.ScansOf("provinces"));
    }

    [Fact]
    public async Task A_statistic_nobody_asked_for_within_the_max_age_is_not_computed_again()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var queries = new StatisticsQueries(open: true);
        await using var cached = Cached(clock, queries);
        using var client = cached.CreateClient();
        var statistics = cached.Services.GetRequiredService<StatisticsCache>();
        await client.GetStringAsync(Overview);
        clock.Advance(TimeSpan.FromSeconds(19));

        // The overview was read 19 s ago, the provinces never (since the start): one refresh computes only the overview.
        await statistics.RefreshAsync(cold: false, CancellationToken.None);
        Assert.Equal(2, queries.ScansOf("overview"));
        Assert.Equal(1, queries.ScansOf("provinces"));

        // More than a minute without readers: nothing is computed (neither by this refresh nor by the background
        // refresher's tick that the time passing fires); the next reader gets an answer computed for it, not an old one.
        clock.Advance(TimeSpan.FromSeconds(61));
        await statistics.RefreshAsync(cold: false, CancellationToken.None);
        Assert.Equal(2, queries.ScansOf("overview"));
        await InStateAsync("published");
        var answer = await client.GetAsync(Overview);
        Assert.Equal(TimeSpan.Zero, answer.Headers.Age);
        var body = JsonSerializer.Deserialize<JsonElement>(await answer.Content.ReadAsStringAsync(), Json);
        Assert.Equal(1, body.GetProperty("innovationsByState").GetProperty("published").GetInt32());
        Assert.True(queries.ScansOf("overview") >= 3, "the reader's answer was computed");
    }

    [Fact]
    public async Task Callers_on_a_cold_cache_wait_for_the_one_computation_in_flight()
    {
        var queries = new StatisticsQueries(open: false);
        // All sixteen in progress at once: the instance must admit them (by default it admits two reads per processor).
        await using var cached = Cached(new FakeTimeProvider(DateTimeOffset.UtcNow), queries, readsAtOnce: 16);
        using var client = cached.CreateClient();
        using var reads = new Reads(cached.Services, 16);

        // The refresher's first computation is held at the database while sixteen requests ask for the answer.
        var answers = Enumerable.Range(0, 16).Select(_ => client.GetAsync(Overview)).ToList();
        await reads.Arrived;
        queries.Open();
        var responses = await Task.WhenAll(answers);

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        Assert.Single((await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()))).Distinct());
        Assert.Equal(1, queries.ScansOf("overview"));
    }

    [Fact]
    public async Task When_a_refresh_fails_the_last_answer_is_served_until_it_is_a_minute_old()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var outage = new OutageSwitch();
        await using var cached = Cached(clock, outage);
        using var client = cached.CreateClient();
        var before = await client.GetStringAsync(Overview);
        await InStateAsync("published");

        outage.Down = true;
        await cached.Services.GetRequiredService<StatisticsCache>().RefreshAsync(cold: false, CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(60));
        var lastGood = await client.GetAsync(Overview);
        clock.Advance(TimeSpan.FromSeconds(1));
        var tooOld = await client.GetAsync(Overview);
        outage.Down = false;
        var recovered = JsonSerializer.Deserialize<JsonElement>(await client.GetStringAsync(Overview), Json);

        await Expect.StatusAsync(lastGood, HttpStatusCode.OK);
        Assert.Equal(before, await lastGood.Content.ReadAsStringAsync());
        await Expect.ProblemAsync(tooOld, HttpStatusCode.ServiceUnavailable, "unavailable");
        Assert.Equal(1, recovered.GetProperty("innovationsByState").GetProperty("published").GetInt32());
    }

    [Theory]
    [InlineData("20", "61")]
    [InlineData("60", "60")]
    [InlineData("-1", "60")]
    public void A_max_age_over_60_seconds_or_a_refresh_not_shorter_than_it_is_refused_at_start(string refreshSeconds, string maxAgeSeconds)
    {
        using var misconfigured = Factory.WithWebHostBuilder(web => web.UseSetting(RefreshSetting, refreshSeconds).UseSetting(MaxAgeSetting, maxAgeSeconds));

        var error = Assert.ThrowsAny<Exception>(() => misconfigured.Server);

        Assert.Contains("Jipp:Statistics:MaxAgeSeconds", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_statistics_routes_and_their_fields_are_described_in_the_OpenAPI_document()
    {
        var document = await Anonymous.GetFromJsonAsync<JsonElement>("/swagger/v1/swagger.json", Json);

        foreach (var (path, operationId) in new[] { (Overview, "GetOverview"), (Provinces, "GetProvinceStatistics"), (Flows, "GetReplicationFlows") })
        {
            var operation = document.GetProperty("paths").GetProperty(path).GetProperty("get");
            Assert.Equal(operationId, operation.GetProperty("operationId").GetString());
            Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString()));
            Assert.Contains("Anyone", operation.GetProperty("description").GetString(), StringComparison.Ordinal);
            Assert.True(operation.GetProperty("responses").TryGetProperty("200", out _));
        }

        var schemas = document.GetProperty("components").GetProperty("schemas");

        // A property that refers to another schema is described by that schema.
        string? Description(JsonElement property) =>
            property.TryGetProperty("description", out var description) ? description.GetString()
            : property.TryGetProperty("$ref", out var reference) ? Description(schemas.GetProperty(reference.GetString()!.Split('/')[^1]))
            : null;
        foreach (var (schema, fields) in new[]
        {
            ("StatisticsOverview", new[] { "hubsByDesignationYear", "innovationsByState", "innovationsBySector", "innovationsByMaturityStage", "candidaciesByState", "replicationsByState", "generatedAt" }),
            ("ProvinceStatistics", new[] { "code", "name", "hubId", "publishedInnovations", "regenciesWithInnovations", "regenciesTotal", "regencyCoverage", "replicationsCompleted", "hubStatus", "candidacyCohortYear" }),
            ("ReplicationFlow", new[] { "fromProvinceCode", "toProvinceCode", "completed" }),
            ("InnovationStateCounts", new[] { "draft", "submitted", "returned", "published", "archived" }),
            ("ReplicationStateCounts", new[] { "submitted", "verified", "agreed", "inImplementation", "completed", "rejected", "cancelled" }),
        })
        {
            var properties = schemas.GetProperty(schema).GetProperty("properties");
            Assert.Equal(fields, properties.EnumerateObject().Select(p => p.Name));
            Assert.All(fields, field => Assert.False(string.IsNullOrWhiteSpace(Description(properties.GetProperty(field))), $"{schema}.{field} has no description"));
        }
    }

    /// <summary>
    /// In Jawa Timur: Surabaya publishes two (investment, implementation; health, trial) and keeps a
    /// draft; Sidoarjo publishes one (health, initiative) and submits another; the provincial
    /// government publishes one (education, implementation). In Bali, the provincial government
    /// publishes one (tourism, implementation).
    /// </summary>
    private async Task BuildRegistryAsync()
    {
        var sidoarjo = await ClientWithRoleAsync("agency", agencyId: await AgencyIdAsync("Kabupaten Sidoarjo"));
        var jatim = await ClientWithRoleAsync("agency", agencyId: await ProvincialGovernmentIdAsync("35"));

        await InStateAsync("published", Body(title: "Perizinan Online Terpadu", sector: "investment"));
        await InStateAsync("published", Staged(Body(title: "Posyandu Digital", sector: "health"), "trial"));
        await InStateAsync("draft", Body(title: "Rancangan Layanan Baru"));
        await RegisterAsync(sidoarjo, Staged(Body(title: "Puskesmas Keliling", sector: "health"), "initiative"), "published");
        await RegisterAsync(sidoarjo, Body(title: "Izin Usaha Kilat"), "submitted");
        await RegisterAsync(jatim, Body(title: "Sekolah Inklusif", sector: "education"), "published");
        await RegisterAsync(OtherAgency, Body(title: "Desa Wisata Digital", sector: "tourism"), "published");
    }

    private async Task RegisterAsync(HttpClient agency, Dictionary<string, object?> body, string state)
    {
        var response = await agency.PostAsJsonAsync(Innovations, body, Json);
        await Expect.StatusAsync(response, HttpStatusCode.Created);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetGuid();
        await ActAsync(agency, id, "submission");
        if (state == "published")
        {
            await ActAsync(Ministry, id, "verification", new { decision = "publish" });
        }
    }

    private static Dictionary<string, object?> Staged(Dictionary<string, object?> body, string maturityStage)
    {
        body["maturityStage"] = maturityStage;
        if (maturityStage != "implementation")
        {
            body["implementedOn"] = null;
        }

        return body;
    }

    /// <summary>The Bali provincial government asks to replicate one of Surabaya's innovations.</summary>
    private async Task<Guid> RequestReplicationAsync(Guid innovationId)
    {
        var response = await OtherAgency.PostAsJsonAsync(
            $"{V1}/replication-requests",
            new { innovationId, motivation = "Kami ingin mempercepat layanan di daerah kami.", plannedStartOn = "2024-01-15" },
            Json);
        await Expect.StatusAsync(response, HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetGuid();
    }

    private static async Task StepAsync(HttpClient client, Guid requestId, string action, object body)
    {
        var response = await client.PostAsJsonAsync($"{V1}/replication-requests/{requestId}/{action}", body, Json);
        await Expect.StatusAsync(response, HttpStatusCode.OK);
    }

    private async Task<Guid> AgencyIdAsync(string name)
    {
        var agencies = await Anonymous.GetFromJsonAsync<JsonElement>($"{V1}/agencies?q={Uri.EscapeDataString(name)}", Json);
        return agencies.GetProperty("items").EnumerateArray().Single().GetProperty("id").GetGuid();
    }

    private async Task<Guid> SeededCandidacyAsync(string provinceCode)
    {
        var seeded = await Ministry.GetFromJsonAsync<JsonElement>($"{V1}/hub-candidacies?cohortYear=2023&pageSize=100", Json);
        return seeded.GetProperty("items").EnumerateArray().Single(c => c.GetProperty("provinceCode").GetString() == provinceCode).GetProperty("id").GetGuid();
    }

    private async Task<List<string>> SectorCodesAsync()
    {
        var sectors = await Anonymous.GetFromJsonAsync<JsonElement>($"{V1}/sectors", Json);
        return [.. sectors.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("code").GetString()!)];
    }

    private static void AssertReplications(JsonElement overview) =>
        AssertCounts(
            overview.GetProperty("replicationsByState"),
            ("submitted", 0), ("verified", 0), ("agreed", 0), ("inImplementation", 0), ("completed", 0), ("rejected", 0), ("cancelled", 0));

    /// <summary>Every key, in order, with its count: a state missing or misspelt fails as surely as a wrong number.</summary>
    private static void AssertCounts(JsonElement counts, params (string Key, int Count)[] expected) =>
        Assert.Equal(expected, counts.EnumerateObject().Select(p => (p.Name, p.Value.GetInt32())));

    /// <summary>A state added to the domain but not to the answer would be silently missing from it.</summary>
    private static void AssertEveryValue<TEnum>(JsonElement counts)
        where TEnum : struct, Enum =>
        Assert.Equal(Enum.GetNames<TEnum>().Select(JsonNamingPolicy.CamelCase.ConvertName), counts.EnumerateObject().Select(p => p.Name));

    private static JsonElement Province(List<JsonElement> items, string code) =>
        items.Single(p => p.GetProperty("code").GetString() == code);

    /// <summary>
    /// A host with the cache on (refreshed every 20 s, at most 60 s old) on the fixture's database; with
    /// <paramref name="readsAtOnce"/>, admitting that many reads at once instead of two per processor (ADR 33).
    /// </summary>
    private WebApplicationFactory<Program> Cached(FakeTimeProvider clock, IInterceptor interceptor, int readsAtOnce = 0) =>
        Factory.WithWebHostBuilder(web => web
            .UseSetting(RefreshSetting, "20")
            .UseSetting(MaxAgeSetting, "60")
            .UseSetting("Jipp:Admission:MaxConcurrentRequests", readsAtOnce.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .ConfigureTestServices(services => services
                .AddSingleton<TimeProvider>(clock)
                .ConfigureDbContext<JippDbContext>(options => options.AddInterceptors(interceptor))));

    /// <summary>Completes once a host's statistics have been asked for so many times (its <c>jipp.statistics.reads</c> metric).</summary>
    private sealed class Reads : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _reads;

        public Reads(IServiceProvider services, int expected)
        {
            var meters = services.GetRequiredService<IMeterFactory>();
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Scope == meters && instrument.Name == "jipp.statistics.reads")
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((_, value, _, _) =>
            {
                if (Interlocked.Add(ref _reads, (int)value) == expected)
                {
                    _arrived.SetResult();
                }
            });
            _listener.Start();
        }

        public Task Arrived => _arrived.Task;

        public void Dispose() => _listener.Dispose();
    }

    /// <summary>
    /// Counts the scans of the registry that each statistic makes (its query of <c>innovations</c>, tagged
    /// <c>statistics: …</c>), and holds the statistics queries at the database until opened.
    /// </summary>
    private sealed class StatisticsQueries(bool open) : DbCommandInterceptor
    {
        private readonly TaskCompletionSource _open = Opened(open);
        private readonly ConcurrentDictionary<string, int> _scans = new();

        public void Open() => _open.TrySetResult();

        public int ScansOf(string statistic) => _scans.GetValueOrDefault(statistic);

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            const string Tag = "-- statistics: ";
            if (command.CommandText.StartsWith(Tag, StringComparison.Ordinal))
            {
                if (command.CommandText.Contains("FROM innovations", StringComparison.Ordinal))
                {
                    _scans.AddOrUpdate(command.CommandText[Tag.Length..command.CommandText.IndexOf('\n', StringComparison.Ordinal)], 1, (_, n) => n + 1);
                }

                await _open.Task.WaitAsync(cancellationToken);
            }

            return result;
        }

        private static TaskCompletionSource Opened(bool open)
        {
            var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            if (open)
            {
                gate.SetResult();
            }

            return gate;
        }
    }
}
