using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Jipp.Api.Tests.Infrastructure;
using Jipp.Domain.Agencies;
using Jipp.Domain.Candidacies;
using Jipp.Domain.Hubs;
using Jipp.Domain.Innovations;
using Jipp.Domain.Replications;
using Jipp.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Api.Tests.Scorecards;

/// <summary>
/// The hub scorecards over a registry written with known dates (through the domain, whose methods take the moment
/// of each change): the Jawa Timur hub's activities, replication requests and its province's innovations around the
/// year 2024, with the WIB (UTC+7) year boundaries on both sides, and a little for the Bali hub to tell hubs apart.
/// Every expected figure is counted by hand in the comments beside it.
/// </summary>
public sealed class ScorecardsTests(ApiFactory factory) : ApiTest(factory)
{
    private const string List = "/api/v1/hub-scorecards";

    // 1 January 2024 00:00 WIB is 31 December 2023 17:00 UTC; 1 January 2025 00:00 WIB is 31 December 2024 17:00 UTC.
    private static readonly DateTimeOffset Dec31Of2023At2330Wib = new(2023, 12, 31, 16, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Jan1Of2024At0030Wib = new(2023, 12, 31, 17, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Dec31Of2024At2330Wib = new(2024, 12, 31, 16, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Jan1Of2025At0030Wib = new(2024, 12, 31, 17, 30, 0, TimeSpan.Zero);

    private Fixture _f = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _f = await Factory.WithDbAsync(BuildAsync);
        foreach (var name in new[] { "Universitas Airlangga", "Institut Teknologi Sepuluh Nopember" })
        {
            await Expect.StatusAsync(await Ministry.PostAsJsonAsync($"{V1}/hubs/{_f.Jatim}/partners", new { name, type = "university" }, Json), HttpStatusCode.Created);
        }
    }

    [Fact]
    public async Task A_hubs_scorecard_counts_its_year_in_WIB()
    {
        var card = await GetJsonAsync($"{V1}/hubs/{_f.Jatim}/scorecard?year=2024");

        Assert.Equal(_f.Jatim, card.GetProperty("hubId").GetGuid());
        Assert.Equal("Pemerintah Provinsi Jawa Timur", card.GetProperty("hubName").GetString());
        Assert.Equal("35", card.GetProperty("provinceCode").GetString());
        Assert.Equal("Jawa Timur", card.GetProperty("provinceName").GetString());
        Assert.Equal(2020, card.GetProperty("designationYear").GetInt32());
        Assert.Equal(2024, card.GetProperty("year").GetInt32());

        // Held in 2024: A1 mentoring on 1 Jan, A2 mentoring, A3 knowledge exchange on 31 Dec, A6 promotion; not A4 (31 Dec 2023),
        // not A5 (1 Jan 2025), not the Bali hub's.
        var activities = card.GetProperty("activities");
        Assert.Equal(4, activities.GetProperty("total").GetInt32());
        Assert.Equal(2, activities.GetProperty("mentoring").GetInt32());
        Assert.Equal(1, activities.GetProperty("knowledgeExchange").GetInt32());
        Assert.Equal(1, activities.GetProperty("promotion").GetInt32());
        Assert.Equal(0, activities.GetProperty("replicationForum").GetInt32());

        // Activities: Surabaya, Sidoarjo (A1), Surabaya (A2), Gresik (A3). Requesters of requests made in 2024: Sidoarjo (R1),
        // Kab. Malang (R2, 00:30 WIB on 1 Jan), Gresik (R4), Kota Malang (R5), Mojokerto (R6), Madiun (R7). Distinct: Surabaya,
        // Sidoarjo, Gresik, Kab. Malang, Kota Malang, Mojokerto, Madiun = 7. Jember only in A4 (2023), R3 (made 23:30 WIB
        // on 31 Dec 2023) and the Bali hub's activity.
        Assert.Equal(7, card.GetProperty("agenciesReached").GetInt32());

        // Made in 2024: R1, R2, R4 (rejected), R5 (approved, then cancelled), R6 (submitted), R7 (completed in 2025) = 6.
        // Approved at verification: R1, R2, R5, R7 = 4. Completed in 2024: R1, R2, R3 (made in 2023) = 3, taking
        // 30 days (1 Feb to 2 Mar 2024, a leap year), 10 (1 Jan WIB, though 31 Dec in UTC, to 11 Jan) and 60
        // (31 Dec 2023 to 29 Feb 2024): the median of 10, 30, 60 is 30.
        var replications = card.GetProperty("replications");
        Assert.Equal(6, replications.GetProperty("facilitated").GetInt32());
        Assert.Equal(4, replications.GetProperty("verified").GetInt32());
        Assert.Equal(3, replications.GetProperty("completed").GetInt32());
        Assert.Equal(30m, replications.GetProperty("medianDaysToCompletion").GetDecimal());

        // 2024 (WIB): P1, P2 (23:30 WIB on 31 Dec), P5 (00:30 WIB on 1 Jan, 2023 in UTC), P7 (archived in 2025), P8 (the
        // provincial government's) = 5; not P3 (00:30 WIB on 1 Jan 2025), the draft, the submitted one, Bali's.
        // 2023: P4 (23:30 WIB on 31 Dec), P6 (archived in 2024) = 2. Change 5 - 2 = 3.
        var published = card.GetProperty("publishedInnovations");
        Assert.Equal(5, published.GetProperty("count").GetInt32());
        Assert.Equal(2, published.GetProperty("previousYear").GetInt32());
        Assert.Equal(3, published.GetProperty("change").GetInt32());

        // End of 2024: Surabaya (P1, P2), Kab. Malang (P4), Kota Malang (P5), Gresik (P7, archived only in 2025),
        // Mojokerto (P11, 2022) = 5 of 38, 0.1316; not Sidoarjo (P3 came at 00:30 WIB on 1 Jan 2025), not Jember (P6
        // archived in May 2024). End of 2023: Kab. Malang (P4, 23:30 WIB), Jember (P6, still published), Mojokerto (P11) = 3,
        // 3/38 = 0.0789; not Kota Malang (P5 came 30 minutes after the end of 2023, WIB).
        var coverage = card.GetProperty("regencyCoverage");
        Assert.Equal(38, coverage.GetProperty("regencies").GetInt32());
        Assert.Equal(5, coverage.GetProperty("coveredAtEnd").GetInt32());
        Assert.Equal(3, coverage.GetProperty("coveredAtPreviousEnd").GetInt32());
        Assert.Equal(0.1316m, coverage.GetProperty("ratio").GetDecimal());
        Assert.Equal(0.0789m, coverage.GetProperty("previousRatio").GetDecimal());

        // Two partners added through the API; partners have no dates.
        Assert.Equal(2, card.GetProperty("partners").GetInt32());
    }

    [Fact]
    public async Task The_next_year_takes_what_crossed_midnight_WIB_and_an_even_median_is_the_mean_of_the_middle_two()
    {
        var card = await GetJsonAsync($"{V1}/hubs/{_f.Jatim}/scorecard?year=2025");

        // A5 (1 Jan 2025) only.
        Assert.Equal(1, card.GetProperty("activities").GetProperty("total").GetInt32());
        Assert.Equal(1, card.GetProperty("activities").GetProperty("replicationForum").GetInt32());

        // Made in 2025: R9 (Kota Batu) only. Completed in 2025: R7 (1 Nov 2024 to 10 Jan 2025: 30 + 31 + 9 = 70 days) and
        // R9 (2 to 23 Jan 2025: 21 days): median (21 + 70) / 2 = 45.5.
        var replications = card.GetProperty("replications");
        Assert.Equal(1, replications.GetProperty("facilitated").GetInt32());
        Assert.Equal(1, replications.GetProperty("verified").GetInt32());
        Assert.Equal(2, replications.GetProperty("completed").GetInt32());
        Assert.Equal(45.5m, replications.GetProperty("medianDaysToCompletion").GetDecimal());

        // Activities of 2025: Kota Malang (A5); requesters: Kota Batu (R9) = 2.
        Assert.Equal(2, card.GetProperty("agenciesReached").GetInt32());

        // 2025: P3 (00:30 WIB on 1 Jan 2025, 2024 in UTC) = 1; 2024 as above = 5; change 1 - 5 = -4.
        var published = card.GetProperty("publishedInnovations");
        Assert.Equal(1, published.GetProperty("count").GetInt32());
        Assert.Equal(5, published.GetProperty("previousYear").GetInt32());
        Assert.Equal(-4, published.GetProperty("change").GetInt32());

        // End of 2025: the five of 2024 minus Gresik (P7 archived on 1 Feb 2025) plus Sidoarjo (P3) = 5.
        Assert.Equal(5, card.GetProperty("regencyCoverage").GetProperty("coveredAtEnd").GetInt32());
        Assert.Equal(5, card.GetProperty("regencyCoverage").GetProperty("coveredAtPreviousEnd").GetInt32());
    }

    [Fact]
    public async Task A_year_without_completions_has_a_null_median()
    {
        var card = await GetJsonAsync($"{V1}/hubs/{_f.Jatim}/scorecard?year=2023");

        // Made in 2023: R3 (23:30 WIB on 31 Dec 2023), approved; completed in 2024. Nothing completed in 2023.
        var replications = card.GetProperty("replications");
        Assert.Equal(1, replications.GetProperty("facilitated").GetInt32());
        Assert.Equal(1, replications.GetProperty("verified").GetInt32());
        Assert.Equal(0, replications.GetProperty("completed").GetInt32());
        Assert.Equal(JsonValueKind.Null, replications.GetProperty("medianDaysToCompletion").ValueKind);

        // A4 (31 Dec 2023, Jember) and R3's requester Jember: one agency.
        Assert.Equal(1, card.GetProperty("activities").GetProperty("total").GetInt32());
        Assert.Equal(1, card.GetProperty("agenciesReached").GetInt32());

        // 2023: P4, P6 = 2; 2022: P11 = 1.
        Assert.Equal(2, card.GetProperty("publishedInnovations").GetProperty("count").GetInt32());
        Assert.Equal(1, card.GetProperty("publishedInnovations").GetProperty("previousYear").GetInt32());
    }

    [Fact]
    public async Task Another_hub_counts_only_its_own_records()
    {
        var card = await GetJsonAsync($"{V1}/hubs/{_f.Bali}/scorecard?year=2024");

        // Its activity (Jember) and R8 (the Bali provincial government): 2 agencies; P10 and P13 in Bali: 2 of 9 regencies.
        Assert.Equal("51", card.GetProperty("provinceCode").GetString());
        Assert.Equal(1, card.GetProperty("activities").GetProperty("total").GetInt32());
        Assert.Equal(2, card.GetProperty("agenciesReached").GetInt32());
        Assert.Equal(1, card.GetProperty("replications").GetProperty("facilitated").GetInt32());
        Assert.Equal(0, card.GetProperty("replications").GetProperty("completed").GetInt32());
        Assert.Equal(2, card.GetProperty("publishedInnovations").GetProperty("count").GetInt32());
        Assert.Equal(9, card.GetProperty("regencyCoverage").GetProperty("regencies").GetInt32());
        Assert.Equal(2, card.GetProperty("regencyCoverage").GetProperty("coveredAtEnd").GetInt32());
        Assert.Equal(0.2222m, card.GetProperty("regencyCoverage").GetProperty("ratio").GetDecimal());
        Assert.Equal(0, card.GetProperty("partners").GetInt32());
    }

    [Fact]
    public async Task Activities_planned_later_this_year_do_not_count_yet()
    {
        var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7)).DateTime);
        await Factory.WithDbAsync(async db =>
        {
            db.HubActivities.Add(HubActivity.Record(_f.Bali, HubActivityType.Promotion, "Held yesterday", today.AddDays(-1), [], [], null, DateTimeOffset.UtcNow));
            db.HubActivities.Add(HubActivity.Record(_f.Bali, HubActivityType.Promotion, "Planned for tomorrow", today.AddDays(1), [], [], null, DateTimeOffset.UtcNow));
            return await db.SaveChangesAsync();
        });

        var card = await GetJsonAsync($"{V1}/hubs/{_f.Bali}/scorecard");

        // The current year (WIB) by default; only yesterday's activity, and only if yesterday was in this year (not on 1 January).
        Assert.Equal(today.Year, card.GetProperty("year").GetInt32());
        Assert.Equal(today.AddDays(-1).Year == today.Year ? 1 : 0, card.GetProperty("activities").GetProperty("promotion").GetInt32());
    }

    [Fact]
    public async Task The_list_has_every_hub_designated_by_the_year_in_the_order_asked()
    {
        var codes = await ProvinceCodesByHubAsync();
        var others = codes.Where(c => c.Key != _f.Jatim && c.Key != _f.Bali).OrderBy(c => c.Value, StringComparer.Ordinal).Select(c => c.Key).ToList();

        var byDefault = await GetJsonAsync($"{List}?year=2024");
        Assert.Equal(2024, byDefault.GetProperty("year").GetInt32());
        Assert.Equal("publishedInnovations", byDefault.GetProperty("sort").GetString());

        // Published in 2024: Jawa Timur 5, Bali 2, the 13 others 0 (by province code).
        Assert.Equal([_f.Jatim, _f.Bali, .. others], Ids(byDefault));

        // Completed in 2024: Jawa Timur 3, the others (Bali too) 0, so Bali falls into province code order (51).
        var byCompleted = await GetJsonAsync($"{List}?year=2024&sort=replicationsCompleted");
        Assert.Equal([_f.Jatim, .. codes.Where(c => c.Key != _f.Jatim).OrderBy(c => c.Value, StringComparer.Ordinal).Select(c => c.Key)], Ids(byCompleted));

        // Activities: Jawa Timur 4, Bali 1. Agencies reached: 7 and 2.
        Assert.Equal([_f.Jatim, _f.Bali, .. others], Ids(await GetJsonAsync($"{List}?year=2024&sort=activities")));
        Assert.Equal([_f.Jatim, _f.Bali, .. others], Ids(await GetJsonAsync($"{List}?year=2024&sort=agenciesReached")));

        // Coverage: Bali 0.2222 before Jawa Timur 0.1316.
        Assert.Equal([_f.Bali, _f.Jatim, .. others], Ids(await GetJsonAsync($"{List}?year=2024&sort=coverage")));

        // Province: by code alone.
        Assert.Equal(codes.OrderBy(c => c.Value, StringComparer.Ordinal).Select(c => c.Key), Ids(await GetJsonAsync($"{List}?year=2024&sort=province")));

        // The list carries the same scorecard as the single route.
        var single = await GetJsonAsync($"{V1}/hubs/{_f.Jatim}/scorecard?year=2024");
        Assert.Equal(single.GetRawText(), byDefault.GetProperty("items")[0].GetRawText());
    }

    [Fact]
    public async Task The_list_leaves_out_hubs_designated_after_the_year()
    {
        // The seeded hubs: 8 designated in 2020, 4 in 2021, 3 in 2022.
        Assert.Equal(8, (await GetJsonAsync($"{List}?year=2020")).GetProperty("items").GetArrayLength());
        Assert.Equal(12, (await GetJsonAsync($"{List}?year=2021")).GetProperty("items").GetArrayLength());
        Assert.Equal(15, (await GetJsonAsync($"{List}?year=2022")).GetProperty("items").GetArrayLength());
        Assert.Equal(15, (await GetJsonAsync(List)).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task A_scorecard_in_CSV_has_the_spreadsheet_columns_and_the_same_figures()
    {
        var response = await GetAsync($"{V1}/hubs/{_f.Jatim}/scorecard?year=2024", "text/csv");

        await Expect.StatusAsync(response, HttpStatusCode.OK);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("rapor-hub-jipp-2024-35.csv", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Contains("Accept", response.Headers.Vary);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");

        Assert.Equal(3, lines.Length); // header, one record, and the empty rest after the last CRLF
        Assert.Equal(CsvHeader, lines[0]);
        Assert.Equal($"{_f.Jatim},Pemerintah Provinsi Jawa Timur,35,Jawa Timur,2020,2024,4,2,1,1,0,7,6,4,3,30,5,2,3,38,5,3,0.1316,0.0789,2", lines[1]);
        Assert.Equal(string.Empty, lines[2]);
    }

    [Fact]
    public async Task The_list_in_CSV_has_one_row_per_hub_and_an_empty_field_for_a_null_median()
    {
        var response = await GetAsync($"{List}?year=2023&sort=province", "text/csv");

        await Expect.StatusAsync(response, HttpStatusCode.OK);
        Assert.Equal("rapor-hub-jipp-2023.csv", response.Content.Headers.ContentDisposition?.FileName);
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(CsvHeader, lines[0]);
        Assert.Equal(16, lines.Length);
        var jatim = lines.Single(l => l.StartsWith(_f.Jatim.ToString(), StringComparison.Ordinal)).Split(',');

        // 2023: A4; Jember; R3 made and approved, none completed (empty median); P4, P6 against P11; coverage 3 and 1
        // (Mojokerto, from 2022) of 38.
        Assert.Equal(["1", "0", "0", "1", "0", "1", "1", "1", "0", string.Empty, "2", "1", "1", "38", "3", "1", "0.0789", "0.0263", "2"], jatim[6..]);
    }

    [Fact]
    public async Task Accept_chooses_the_format_and_anything_else_is_406()
    {
        Assert.Equal("application/json", (await GetAsync($"{V1}/hubs/{_f.Jatim}/scorecard?year=2024", "*/*")).Content.Headers.ContentType?.MediaType);
        Assert.Equal("text/csv", (await GetAsync($"{V1}/hubs/{_f.Jatim}/scorecard?year=2024", "text/*")).Content.Headers.ContentType?.MediaType);
        Assert.Equal("application/json", (await GetAsync($"{V1}/hubs/{_f.Jatim}/scorecard?year=2024", "text/csv;q=0.5, application/json")).Content.Headers.ContentType?.MediaType);
        Assert.Equal("text/csv", (await GetAsync(List, "application/json;q=0.1, text/csv")).Content.Headers.ContentType?.MediaType);
        Assert.Equal("text/csv", (await GetAsync(List, "text/csv, */*;q=0.8")).Content.Headers.ContentType?.MediaType);

        foreach (var url in new[] { $"{V1}/hubs/{_f.Jatim}/scorecard", List })
        {
            var refused = await GetAsync(url, "application/xml");
            var problem = await Expect.ProblemAsync(refused, HttpStatusCode.NotAcceptable, "not_acceptable");
            Assert.Contains("text/csv", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
            Assert.Contains("Accept", refused.Headers.Vary);
        }
    }

    [Fact]
    public async Task An_unchanged_answer_revalidates_with_its_ETag()
    {
        var url = $"{V1}/hubs/{_f.Jatim}/scorecard?year=2024";
        var json = await GetAsync(url, "application/json");
        var csv = await GetAsync(url, "text/csv");
        var etag = json.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);
        Assert.NotEqual(etag, csv.Headers.ETag);

        using var revalidation = new HttpRequestMessage(HttpMethod.Get, url);
        revalidation.Headers.IfNoneMatch.Add(etag);
        var notModified = await Anonymous.SendAsync(revalidation);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        // Another partner changes the figures, and so the ETag.
        await Expect.StatusAsync(await Ministry.PostAsJsonAsync($"{V1}/hubs/{_f.Jatim}/partners", new { name = "Forum Inovasi Jawa Timur", type = "other" }, Json), HttpStatusCode.Created);
        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(etag);
        var changed = await Anonymous.SendAsync(again);
        await Expect.StatusAsync(changed, HttpStatusCode.OK);
        Assert.Equal(3, (await changed.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("partners").GetInt32());
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("text/csv")]
    public async Task An_unknown_hub_is_404_whichever_format_was_asked(string accept)
    {
        await Expect.ProblemAsync(await GetAsync($"{V1}/hubs/{Guid.NewGuid()}/scorecard?year=2024", accept), HttpStatusCode.NotFound, "not_found");
    }

    [Theory]
    [InlineData("year=2019")]
    [InlineData("year=next")]
    [InlineData("sort=population")]
    [InlineData("sort=1")]
    public async Task A_bad_year_or_sort_is_400(string query)
    {
        await Expect.ProblemAsync(await Anonymous.GetAsync($"{List}?{query}"), HttpStatusCode.BadRequest, "validation");
        await Expect.ProblemAsync(await GetAsync($"{List}?{query}", "text/csv"), HttpStatusCode.BadRequest, "validation");
        if (query.StartsWith("year", StringComparison.Ordinal))
        {
            await Expect.ProblemAsync(await Anonymous.GetAsync($"{V1}/hubs/{_f.Jatim}/scorecard?{query}"), HttpStatusCode.BadRequest, "validation");
        }
    }

    [Fact]
    public async Task A_year_after_the_current_one_in_WIB_is_400()
    {
        var next = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7)).Year + 1;

        var problem = await Expect.ProblemAsync(await Anonymous.GetAsync($"{List}?year={next}"), HttpStatusCode.BadRequest, "validation");
        Assert.True(problem.GetProperty("errors").TryGetProperty("year", out _));
        await Expect.ProblemAsync(await Anonymous.GetAsync($"{V1}/hubs/{_f.Jatim}/scorecard?year={next}"), HttpStatusCode.BadRequest, "validation");
    }

    private const string CsvHeader = "id_hub,nama_hub,kode_provinsi,nama_provinsi,tahun_penetapan,tahun,jumlah_kegiatan,pendampingan,pertukaran_pengetahuan,promosi,forum_replikasi,instansi_terjangkau,replikasi_difasilitasi,replikasi_terverifikasi,replikasi_selesai,median_hari_penyelesaian,inovasi_terbit,inovasi_terbit_tahun_sebelumnya,perubahan_inovasi_terbit,jumlah_kabupaten_kota,kabupaten_kota_tercakup,kabupaten_kota_tercakup_tahun_sebelumnya,rasio_cakupan,rasio_cakupan_tahun_sebelumnya,jumlah_mitra";

    private static List<Guid> Ids(JsonElement list) => [.. list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("hubId").GetGuid())];

    private async Task<JsonElement> GetJsonAsync(string url)
    {
        var response = await Anonymous.GetAsync(url);
        await Expect.StatusAsync(response, HttpStatusCode.OK);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Json);
    }

    private async Task<HttpResponseMessage> GetAsync(string url, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.Clear();
        request.Headers.TryAddWithoutValidation("Accept", accept);
        return await Anonymous.SendAsync(request);
    }

    private Task<Dictionary<Guid, string>> ProvinceCodesByHubAsync() =>
        Factory.WithDbAsync(db => db.Hubs.AsNoTracking().ToDictionaryAsync(h => h.Id, h => h.ProvinceCode!));

    private sealed record Fixture(Guid Jatim, Guid Bali);

    /// <summary>
    /// The registry of the tests. Innovations (P), activities (A) and replication requests (R) are numbered as the
    /// comments of the tests name them.
    /// </summary>
    private static async Task<Fixture> BuildAsync(JippDbContext db)
    {
        var jatim = await db.Hubs.Where(h => h.ProvinceCode == "35").Select(h => h.Id).SingleAsync();
        var bali = await db.Hubs.Where(h => h.ProvinceCode == "51").Select(h => h.Id).SingleAsync();
        var regional = await db.Agencies.AsNoTracking()
            .Where(a => a.RegencyCode != null && (a.Type == AgencyType.RegencyGovernment || a.Type == AgencyType.CityGovernment))
            .ToDictionaryAsync(a => a.RegencyCode!, a => a.Id);
        var jatimGovernment = await db.Agencies.Where(a => a.Type == AgencyType.ProvincialGovernment && a.ProvinceCode == "35").Select(a => a.Id).SingleAsync();
        var baliGovernment = await db.Agencies.Where(a => a.Type == AgencyType.ProvincialGovernment && a.ProvinceCode == "51").Select(a => a.Id).SingleAsync();

        const string Surabaya = "35.78", Sidoarjo = "35.15", KabMalang = "35.07", KotaMalang = "35.73", Jember = "35.09", Gresik = "35.25",
            Mojokerto = "35.16", Madiun = "35.77", Batu = "35.79", Denpasar = "51.71", Badung = "51.03";

        Innovation Published(string regency, DateTimeOffset publishedAt, DateTimeOffset? archivedAt = null, Guid? hub = null)
        {
            var innovation = Innovation.Register(regional[regency], regency[..2], regency, hub ?? jatim, Content(), publishedAt.AddDays(-10));
            innovation.Submit(publishedAt.AddDays(-5));
            innovation.Verify(VerificationDecision.Publish, null, publishedAt);
            if (archivedAt is { } archived)
            {
                innovation.Archive(archived);
            }

            db.Innovations.Add(innovation);
            return innovation;
        }

        var p1 = Published(Surabaya, At(2024, 3, 10));
        Published(Surabaya, Dec31Of2024At2330Wib); // P2
        Published(Sidoarjo, Jan1Of2025At0030Wib); // P3
        Published(KabMalang, Dec31Of2023At2330Wib); // P4
        Published(KotaMalang, Jan1Of2024At0030Wib); // P5
        Published(Jember, At(2023, 6, 1), archivedAt: At(2024, 5, 1)); // P6
        Published(Gresik, At(2024, 2, 1), archivedAt: At(2025, 2, 1)); // P7
        var p8 = Innovation.Register(jatimGovernment, "35", null, jatim, Content(), At(2024, 6, 1));
        p8.Submit(At(2024, 6, 20));
        p8.Verify(VerificationDecision.Publish, null, At(2024, 7, 1));
        db.Innovations.Add(p8);
        db.Innovations.Add(Innovation.Register(regional[Sidoarjo], "35", Sidoarjo, jatim, Content(), At(2024, 4, 1))); // P9, a draft
        Published(Denpasar, At(2024, 5, 1), hub: bali); // P10
        Published(Mojokerto, At(2022, 5, 1)); // P11
        var p12 = Innovation.Register(regional[KabMalang], "35", KabMalang, jatim, Content(), At(2024, 4, 1));
        p12.Submit(At(2024, 4, 2)); // P12, submitted, never published
        db.Innovations.Add(p12);
        Published(Badung, At(2024, 8, 1), hub: bali); // P13

        void Activity(Guid hub, HubActivityType type, DateOnly heldOn, params string[] regencies) =>
            db.HubActivities.Add(HubActivity.Record(hub, type, $"{type} {heldOn}", heldOn, regencies.Select(r => regional[r]), [], null, At(2023, 1, 1)));

        Activity(jatim, HubActivityType.Mentoring, new DateOnly(2024, 1, 1), Surabaya, Sidoarjo); // A1
        Activity(jatim, HubActivityType.Mentoring, new DateOnly(2024, 6, 15), Surabaya); // A2
        Activity(jatim, HubActivityType.KnowledgeExchange, new DateOnly(2024, 12, 31), Gresik); // A3
        Activity(jatim, HubActivityType.Promotion, new DateOnly(2023, 12, 31), Jember); // A4
        Activity(jatim, HubActivityType.ReplicationForum, new DateOnly(2025, 1, 1), KotaMalang); // A5
        Activity(jatim, HubActivityType.Promotion, new DateOnly(2024, 3, 3)); // A6
        Activity(bali, HubActivityType.Mentoring, new DateOnly(2024, 5, 5), Jember);

        ReplicationRequest Request(Guid requester, string? province, Guid hub, DateTimeOffset createdAt, bool? approved = null, DateOnly? completedOn = null)
        {
            var request = ReplicationRequest.Submit(p1, requester, province, hub, "Mempercepat perizinan.", DateOnly.FromDateTime(createdAt.UtcDateTime).AddDays(30), createdAt);
            if (approved is { } yes)
            {
                request.Verify(yes, yes ? null : "Belum siap.", createdAt.AddHours(1));
            }

            if (completedOn is { } done)
            {
                request.Agree(DateOnly.FromDateTime(createdAt.UtcDateTime).AddDays(1), "PKS 1/2024", createdAt.AddDays(1));
                request.RecordMentoring(DateOnly.FromDateTime(createdAt.UtcDateTime).AddDays(2), MeetingFormat.Virtual, ["Alur layanan"], null, createdAt.AddDays(2));
                var adaptation = Innovation.Register(requester, province, null, hub, Content(), createdAt.AddDays(3));
                db.Innovations.Add(adaptation);
                request.Complete(done, "Selesai.", adaptation.Id, createdAt.AddDays(3));
            }

            db.ReplicationRequests.Add(request);
            return request;
        }

        Request(regional[Sidoarjo], "35", jatim, new DateTimeOffset(2024, 2, 1, 2, 0, 0, TimeSpan.Zero), approved: true, completedOn: new DateOnly(2024, 3, 2)); // R1: 30 days
        Request(regional[KabMalang], "35", jatim, Jan1Of2024At0030Wib, approved: true, completedOn: new DateOnly(2024, 1, 11)); // R2: 10 days
        Request(regional[Jember], "35", jatim, Dec31Of2023At2330Wib, approved: true, completedOn: new DateOnly(2024, 2, 29)); // R3: 60 days
        Request(regional[Gresik], "35", jatim, At(2024, 5, 1), approved: false); // R4
        var r5 = Request(regional[KotaMalang], "35", jatim, At(2024, 6, 1), approved: true); // R5
        r5.Cancel("Anggaran dialihkan.", At(2024, 7, 1));
        Request(regional[Mojokerto], "35", jatim, At(2024, 7, 1)); // R6
        Request(regional[Madiun], "35", jatim, At(2024, 11, 1), approved: true, completedOn: new DateOnly(2025, 1, 10)); // R7: 70 days
        Request(baliGovernment, "51", bali, At(2024, 9, 1)); // R8
        Request(regional[Batu], "35", jatim, At(2025, 1, 2), approved: true, completedOn: new DateOnly(2025, 1, 23)); // R9: 21 days

        await db.SaveChangesAsync();
        return new Fixture(jatim, bali);
    }

    /// <summary>03:00 UTC (10:00 WIB) of a day: the same date in both.</summary>
    private static DateTimeOffset At(int year, int month, int day) => new(year, month, day, 3, 0, 0, TimeSpan.Zero);

    private static InnovationContent Content() => new(
        "Perizinan Online Terpadu",
        "Dinas Penanaman Modal dan PTSP",
        "Layanan perizinan usaha secara daring dalam satu pintu.",
        "Pengurusan izin usaha memakan waktu berminggu-minggu.",
        "Seluruh permohonan diajukan dan dilacak secara daring.",
        "Pertama di wilayah ini yang memadukan semua izin.",
        "Waktu layanan turun dari 14 hari menjadi 3 hari.",
        "health",
        InnovationForm.PublicService,
        true,
        MaturityStage.Implementation,
        new DateOnly(2022, 1, 10),
        null,
        [],
        true);
}
