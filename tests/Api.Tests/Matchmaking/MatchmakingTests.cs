using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jipp.Api.Tests.Infrastructure;

namespace Jipp.Api.Tests.Matchmaking;

/// <summary>The rules of POST /replication-matches and GET /innovations/{id}/similar: what may be returned, the filters, the mentoring hub, and the refusals.</summary>
public sealed class MatchmakingTests(ApiFactory factory) : ReplicationTest(factory)
{
    private const string QueueProblem = "Antrean panjang di puskesmas membuat pasien menunggu berjam-jam di ruang tunggu.";

    private static Dictionary<string, object?> Queue(string title = "Antrean Online Puskesmas", bool replicable = true, bool digital = true)
    {
        var body = Body(title, "health");
        body["summary"] = "Pasien mengambil nomor antrean puskesmas dari ponsel.";
        body["problem"] = "Ruang tunggu puskesmas penuh sejak pagi dan pasien menunggu berjam-jam.";
        body["solution"] = "Nomor antrean terhubung dengan rekam medis dan pengingat dikirim lewat pesan singkat.";
        body["replicable"] = replicable;
        body["digital"] = digital;
        return body;
    }

    [Fact]
    public async Task Matches_are_published_replicable_innovations_only_and_anyone_may_ask()
    {
        var published = await InStateAsync("published", Queue());
        var notReplicable = await InStateAsync("published", Queue("Antrean Puskesmas Tanpa Replikasi", replicable: false));
        var draft = await InStateAsync("draft", Queue("Antrean Puskesmas Draf"));
        var submitted = await InStateAsync("submitted", Queue("Antrean Puskesmas Diajukan"));
        await Matching.RefreshTermsAsync(Factory);

        var answer = await Matching.MatchAsync(Anonymous, new { problem = QueueProblem });

        var ids = Matching.Ids(answer);
        Assert.Contains(published, ids);
        Assert.DoesNotContain(notReplicable, ids);
        Assert.DoesNotContain(draft, ids);
        Assert.DoesNotContain(submitted, ids);
        var item = answer.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("innovation").GetProperty("id").GetGuid() == published);
        Assert.True(item.GetProperty("score").GetDouble() > 0);
        var reasons = item.GetProperty("reasons");
        var shared = reasons.GetProperty("sharedTerms").EnumerateArray().Select(t => t.GetString()).OfType<string>().ToList();
        Assert.Contains("puskesmas", shared);
        Assert.Contains("antre", shared.Select(t => t[..Math.Min(5, t.Length)]));
        Assert.False(reasons.GetProperty("sameSector").GetBoolean());
        Assert.Equal(0, reasons.GetProperty("completedReplications").GetInt32());

        // Surabaya's province (Jawa Timur) has a hub: it mentors.
        Assert.Equal(JatimHubId, reasons.GetProperty("mentoringHub").GetProperty("hubId").GetGuid());
        Assert.Equal("ownerProvinceHub", reasons.GetProperty("mentoringHub").GetProperty("why").GetString());
        Assert.Equal(JatimHubId, item.GetProperty("mentoringHubId").GetGuid());

        // The agency that owns the draft does not see it matched either: matches are published innovations.
        Assert.DoesNotContain(draft, Matching.Ids(await Matching.MatchAsync(Owner, new { problem = QueueProblem })));
    }

    [Fact]
    public async Task A_problem_that_shares_no_key_term_gets_an_empty_list()
    {
        await InStateAsync("published", Queue());
        await Matching.RefreshTermsAsync(Factory);

        var answer = await Matching.MatchAsync(Anonymous, new { problem = "Jembatan gantung di dusun rusak diterjang arus sungai saat musim hujan." });

        Assert.Empty(answer.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task The_owners_province_hub_mentors_else_the_askers_else_none()
    {
        // Jawa Barat (32) has no hub; Bali (51) has one.
        var jabar = await ClientWithRoleAsync("agency", agencyId: await ProvincialGovernmentIdAsync("32"));
        var response = await jabar.PostAsJsonAsync(Innovations, Queue(), Json);
        await Expect.StatusAsync(response, HttpStatusCode.Created);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetGuid();
        await ActAsync(jabar, id, "submission");
        await ActAsync(Ministry, id, "verification", new { decision = "publish" });
        await Matching.RefreshTermsAsync(Factory);

        var fromBali = (await Matching.MatchAsync(Anonymous, new { problem = QueueProblem, provinceCode = "51" })).GetProperty("items")[0];
        Assert.Equal(id, fromBali.GetProperty("innovation").GetProperty("id").GetGuid());
        Assert.Equal(BaliHubId, fromBali.GetProperty("mentoringHubId").GetGuid());
        Assert.Equal("askerProvinceHub", fromBali.GetProperty("reasons").GetProperty("mentoringHub").GetProperty("why").GetString());

        // Asked from another province without a hub (Nusa Tenggara Barat), or without a province: no hub, the ministry facilitates.
        foreach (var body in new object[] { new { problem = QueueProblem, provinceCode = "52" }, new { problem = QueueProblem } })
        {
            var item = (await Matching.MatchAsync(Anonymous, body)).GetProperty("items")[0];
            Assert.Equal(JsonValueKind.Null, item.GetProperty("mentoringHubId").ValueKind);
            Assert.Equal(JsonValueKind.Null, item.GetProperty("reasons").GetProperty("mentoringHub").ValueKind);
        }
    }

    [Fact]
    public async Task Digital_filters_sector_raises_and_limit_bounds()
    {
        var digital = await InStateAsync("published", Queue("Antrean Online Puskesmas"));
        var paper = await InStateAsync("published", Queue("Kartu Antrean Puskesmas Berwarna", digital: false));
        var other = Queue("Antrean Daring Samsat");
        other["sector"] = "transport";
        var transport = await InStateAsync("published", other);
        await Matching.RefreshTermsAsync(Factory);

        var nonDigital = Matching.Ids(await Matching.MatchAsync(Anonymous, new { problem = QueueProblem, digital = false }));
        Assert.Equal([paper], nonDigital);
        var onlyDigital = Matching.Ids(await Matching.MatchAsync(Anonymous, new { problem = QueueProblem, digital = true }));
        Assert.Contains(digital, onlyDigital);
        Assert.DoesNotContain(paper, onlyDigital);

        // The same words: the sector asked for comes first, and the others stay in the list.
        var byTransport = await Matching.MatchAsync(Anonymous, new { problem = QueueProblem, sector = "transport" });
        var first = byTransport.GetProperty("items")[0];
        Assert.Equal(transport, first.GetProperty("innovation").GetProperty("id").GetGuid());
        Assert.True(first.GetProperty("reasons").GetProperty("sameSector").GetBoolean());
        Assert.Equal(3, byTransport.GetProperty("items").GetArrayLength());

        Assert.Single(Matching.Ids(await Matching.MatchAsync(Anonymous, new { problem = QueueProblem, limit = 1 })));
    }

    [Theory]
    [InlineData("{}", "problem")]
    [InlineData("""{"problem":"   "}""", "problem")]
    [InlineData("""{"problem":"antrean puskesmas","sector":"kesehatan"}""", "sector")]
    [InlineData("""{"problem":"antrean puskesmas","provinceCode":"3"}""", "provinceCode")]
    [InlineData("""{"problem":"antrean puskesmas","provinceCode":"99"}""", "provinceCode")]
    [InlineData("""{"problem":"antrean puskesmas","limit":0}""", "limit")]
    [InlineData("""{"problem":"antrean puskesmas","limit":21}""", "limit")]
    [InlineData("""{"problem":"antrean puskesmas","state":"draft"}""", null)]
    public async Task Bad_match_requests_are_400_validation(string body, string? field)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        var response = await Anonymous.PostAsync(Matching.Route, content);

        var problem = await Expect.ProblemAsync(response, HttpStatusCode.BadRequest, "validation");
        if (field is not null)
        {
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"no error for {field}: {problem}");
        }
    }

    [Fact]
    public async Task An_overlong_problem_is_400()
    {
        var response = await Anonymous.PostAsJsonAsync(Matching.Route, new { problem = string.Join(' ', Enumerable.Repeat("antrean", 600)) }, Json);

        await Expect.ProblemAsync(response, HttpStatusCode.BadRequest, "validation");
    }

    [Fact]
    public async Task Similar_leaves_out_the_innovation_its_original_and_its_replications()
    {
        // InnovationId (published, "Perizinan Online Terpadu") is replicated by Bali; the copy is published too.
        var request = await RequestInStateAsync("completed");
        var copy = (await Ministry.GetFromJsonAsync<JsonElement>($"{Requests}/{request}", Json)).GetProperty("resultInnovationId").GetGuid();
        await ActAsync(Requester, copy, "submission");
        await ActAsync(Ministry, copy, "verification", new { decision = "publish" });
        var sibling = await InStateAsync("published", Body("Perizinan Online Kecamatan"));
        var unrelated = await InStateAsync("published", Queue());
        var draft = await InStateAsync("draft", Body("Perizinan Online Draf"));
        await Matching.RefreshTermsAsync(Factory);

        var ofOriginal = await SimilarAsync(Anonymous, InnovationId);
        Assert.Contains(sibling, ofOriginal);
        Assert.DoesNotContain(InnovationId, ofOriginal);
        Assert.DoesNotContain(copy, ofOriginal);
        Assert.DoesNotContain(draft, ofOriginal);
        Assert.DoesNotContain(unrelated, ofOriginal);

        var ofCopy = await SimilarAsync(Anonymous, copy);
        Assert.Contains(sibling, ofCopy);
        Assert.DoesNotContain(copy, ofCopy);
        Assert.DoesNotContain(InnovationId, ofCopy);

        var item = (await Anonymous.GetFromJsonAsync<JsonElement>($"{Innovations}/{sibling}/similar", Json)).GetProperty("items")[0];
        Assert.True(item.GetProperty("score").GetDouble() > 0);
        Assert.True(item.GetProperty("sameSector").GetBoolean());
        Assert.NotEmpty(item.GetProperty("sharedTerms").EnumerateArray());
    }

    [Fact]
    public async Task Similar_is_404_where_the_innovation_is_not_visible_and_400_for_a_bad_limit()
    {
        var draft = await InStateAsync("draft", Queue());
        await Matching.RefreshTermsAsync(Factory);

        await Expect.ProblemAsync(await Anonymous.GetAsync($"{Innovations}/{draft}/similar"), HttpStatusCode.NotFound, "not_found");
        await Expect.ProblemAsync(await OtherAgency.GetAsync($"{Innovations}/{draft}/similar"), HttpStatusCode.NotFound, "not_found");
        await Expect.ProblemAsync(await Anonymous.GetAsync($"{Innovations}/{Guid.NewGuid()}/similar"), HttpStatusCode.NotFound, "not_found");
        await Expect.StatusAsync(await Owner.GetAsync($"{Innovations}/{draft}/similar"), HttpStatusCode.OK);
        await Expect.ProblemAsync(await Anonymous.GetAsync($"{Innovations}/{InnovationId}/similar?limit=0"), HttpStatusCode.BadRequest, "validation");
        await Expect.ProblemAsync(await Anonymous.GetAsync($"{Innovations}/{InnovationId}/similar?limit=21"), HttpStatusCode.BadRequest, "validation");
    }

    private static async Task<List<Guid>> SimilarAsync(HttpClient client, Guid id) =>
        (await client.GetFromJsonAsync<JsonElement>($"{Innovations}/{id}/similar?limit=20", Json)).GetProperty("items").EnumerateArray()
            .Select(i => i.GetProperty("innovation").GetProperty("id").GetGuid()).ToList();
}
