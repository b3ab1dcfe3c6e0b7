using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jipp.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Api.Tests;

public sealed class EventsAndAuditTests(ApiFactory factory) : InnovationTest(factory)
{
    private async Task<List<JsonElement>> FeedAsync(long after = 0)
    {
        var all = new List<JsonElement>();
        while (true)
        {
            var page = await Ministry.GetFromJsonAsync<JsonElement>($"{V1}/events?after={after}&limit=1000", Json);
            var items = page.GetProperty("items").EnumerateArray().ToList();
            all.AddRange(items);
            var next = page.GetProperty("nextAfter").GetInt64();
            if (items.Count == 0 || next == after)
            {
                return all;
            }

            after = next;
        }
    }

    /// <summary>Jambi's seeded 2023 candidacy (invited) and a client of its candidate agency.</summary>
    private async Task<(Guid Id, HttpClient Candidate)> JambisCandidacyAsync()
    {
        var candidacies = await Ministry.GetFromJsonAsync<JsonElement>($"{V1}/hub-candidacies?cohortYear=2023&pageSize=100", Json);
        var jambi = candidacies.GetProperty("items").EnumerateArray().Single(c => c.GetProperty("provinceCode").GetString() == "15");
        return (jambi.GetProperty("id").GetGuid(), await ClientWithRoleAsync("agency", agencyId: jambi.GetProperty("agencyId").GetGuid()));
    }

    /// <summary>Takes an invited candidacy to assessed, with every criterion met under a 2023 policy that asks for one partner.</summary>
    private async Task AssessAsync(Guid id, HttpClient candidate, string liaison)
    {
        await Expect.StatusAsync(await Ministry.PutAsJsonAsync($"{V1}/cohorts/2023/policy", new { minScore = 70, minPublishedInnovations = 0, minRegencyCoverage = 0m, minPartners = 1 }, Json), HttpStatusCode.OK);
        await Expect.StatusAsync(await candidate.PostAsJsonAsync($"{V1}/hub-candidacies/{id}/willingness", new { willing = true }, Json), HttpStatusCode.OK);
        await Expect.StatusAsync(await candidate.PostAsJsonAsync($"{V1}/hub-candidacies/{id}/commitment", new { signedOn = "2023-03-01", documentRef = "KB" }, Json), HttpStatusCode.OK);
        var readiness = new
        {
            leadershipCommitment = new { regulationRef = "Pergub 12/2023" },
            leadingSectors = new[] { "health" },
            bureaucracyLiaison = new { name = liaison, position = "Kepala Biro" },
            partners = new[] { new { name = "Universitas Jambi", type = "university", supportStatementRef = "UNJA/1" } },
        };
        await Expect.StatusAsync(await candidate.PostAsJsonAsync($"{V1}/hub-candidacies/{id}/readiness", readiness, Json), HttpStatusCode.OK);
        await Expect.StatusAsync(await Ministry.PostAsJsonAsync($"{V1}/hub-candidacies/{id}/assessment", new { scores = new { commitment = 80, innovationPotential = 80, stakeholderSupport = 80 } }, Json), HttpStatusCode.OK);
    }

    [Fact]
    public async Task Publishing_an_innovation_writes_its_state_changes_and_a_published_event_in_order()
    {
        var id = await InStateAsync("published");

        var events = (await FeedAsync()).Where(e => e.GetProperty("subject").GetProperty("id").GetString() == id.ToString()).ToList();

        Assert.Equal(
            ["innovation.stateChanged", "innovation.stateChanged", "innovation.stateChanged", "innovation.published"],
            events.Select(e => e.GetProperty("type").GetString()));
        Assert.Equal(["draft", "submitted", "published"], events.Take(3).Select(e => e.GetProperty("data").GetProperty("to").GetString()));
        Assert.Equal("submitted", events[2].GetProperty("data").GetProperty("from").GetString());
        var sequences = events.Select(e => e.GetProperty("sequence").GetInt64()).ToList();
        Assert.Equal(sequences.Order(), sequences);
        Assert.Equal(sequences.Count, sequences.Distinct().Count());
        Assert.Equal("innovation", events[0].GetProperty("subject").GetProperty("type").GetString());
    }

    [Fact]
    public async Task Polling_with_after_returns_only_newer_events_and_nextAfter_moves_on()
    {
        await InStateAsync("draft");
        var first = await Ministry.GetFromJsonAsync<JsonElement>($"{V1}/events?after=0&limit=1", Json);
        var after = first.GetProperty("nextAfter").GetInt64();
        Assert.Equal(first.GetProperty("items")[0].GetProperty("sequence").GetInt64(), after);

        await InStateAsync("draft");
        var next = await Ministry.GetFromJsonAsync<JsonElement>($"{V1}/events?after={after}", Json);

        Assert.All(next.GetProperty("items").EnumerateArray(), e => Assert.True(e.GetProperty("sequence").GetInt64() > after));
        var empty = await Ministry.GetFromJsonAsync<JsonElement>($"{V1}/events?after={next.GetProperty("nextAfter").GetInt64()}", Json);
        Assert.Empty(empty.GetProperty("items").EnumerateArray());
        Assert.Equal(next.GetProperty("nextAfter").GetInt64(), empty.GetProperty("nextAfter").GetInt64());
    }

    [Fact]
    public async Task A_reader_polling_during_concurrent_writes_never_misses_an_event()
    {
        using var done = new CancellationTokenSource();
        var seen = new List<long>();
        var poller = Task.Run(async () =>
        {
            long after = 0;
            while (true)
            {
                var stop = done.IsCancellationRequested;
                var page = await Reader.GetFromJsonAsync<JsonElement>($"{V1}/events?after={after}&limit=1000", Json);
                foreach (var item in page.GetProperty("items").EnumerateArray())
                {
                    seen.Add(item.GetProperty("sequence").GetInt64());
                }

                after = page.GetProperty("nextAfter").GetInt64();
                if (stop && page.GetProperty("items").GetArrayLength() == 0)
                {
                    return;
                }
            }
        });

        var writers = Enumerable.Range(0, 24).Select(i => Owner.PostAsJsonAsync(Innovations, Body(title: $"Inovasi Serentak {i}"), Json));
        var responses = await Task.WhenAll(writers);
        await done.CancelAsync();
        await poller;

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var feed = (await FeedAsync()).Select(e => e.GetProperty("sequence").GetInt64()).ToList();
        Assert.Equal(feed, seen);
        Assert.Equal(24, (await FeedAsync()).Count(e => e.GetProperty("type").GetString() == "innovation.stateChanged"));
    }

    [Fact]
    public async Task Onboarding_events_carry_states_and_no_personal_data()
    {
        var (id, candidate) = await JambisCandidacyAsync();
        const string liaison = "Drs. Budi Santoso, M.Si.";
        await AssessAsync(id, candidate, liaison);
        await Expect.StatusAsync(await Ministry.PostAsJsonAsync($"{V1}/hub-candidacies/{id}/designation", new { decreeNumber = "KepmenPANRB 250/2023", designatedOn = "2023-08-17" }, Json), HttpStatusCode.OK);

        var feed = await FeedAsync();

        var transitions = feed.Where(e => e.GetProperty("type").GetString() == "candidacy.stateChanged").Select(e => e.GetProperty("data").GetProperty("to").GetString()).ToList();
        Assert.Equal(["willing", "committed", "readinessSubmitted", "assessed", "designated"], transitions);
        var designated = Assert.Single(feed, e => e.GetProperty("type").GetString() == "hub.designated");
        Assert.Equal("15", designated.GetProperty("data").GetProperty("provinceCode").GetString());
        var raw = await Ministry.GetStringAsync($"{V1}/events?limit=1000");
        Assert.DoesNotContain("Budi", raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_designation_moves_the_provinces_innovations_under_the_hub_in_bulk_and_says_so_in_one_event()
    {
        var (id, candidate) = await JambisCandidacyAsync();
        var registered = await candidate.PostAsJsonAsync(Innovations, Body(title: "Layanan Jemput Bola Adminduk Jambi"), Json);
        await Expect.StatusAsync(registered, HttpStatusCode.Created);
        var innovationId = (await registered.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetGuid();
        var before = await candidate.GetAsync($"{Innovations}/{innovationId}");
        Assert.Equal(registered.Headers.ETag, before.Headers.ETag);
        await AssessAsync(id, candidate, "Kepala Biro Organisasi");
        var after = (await FeedAsync()).LastOrDefault().TryGetProperty("sequence", out var last) ? last.GetInt64() : 0;

        var designation = await Ministry.PostAsJsonAsync($"{V1}/hub-candidacies/{id}/designation", new { decreeNumber = "KepmenPANRB 251/2023", designatedOn = "2023-08-17" }, Json);

        await Expect.StatusAsync(designation, HttpStatusCode.OK);
        var hubId = (await designation.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("hubId").GetGuid();
        var feed = await FeedAsync(after);
        Assert.Equal(
            ["hub.designated", "hub.partnerAdded", "hub.innovationsAssigned", "candidacy.stateChanged"],
            feed.Select(e => e.GetProperty("type").GetString()));
        var assigned = feed.Single(e => e.GetProperty("type").GetString() == "hub.innovationsAssigned");
        Assert.Equal(hubId.ToString(), assigned.GetProperty("subject").GetProperty("id").GetString());
        Assert.Equal("15", assigned.GetProperty("data").GetProperty("provinceCode").GetString());
        Assert.Equal(hubId, assigned.GetProperty("data").GetProperty("hubId").GetGuid());

        // The innovation changed in bulk: it is under the hub now, and the ETag read before it no longer matches.
        var now = await candidate.GetAsync($"{Innovations}/{innovationId}");
        Assert.Equal(hubId, (await now.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("hubId").GetGuid());
        Assert.NotEqual(before.Headers.ETag, now.Headers.ETag);
        using var stale = new HttpRequestMessage(HttpMethod.Put, $"{Innovations}/{innovationId}") { Content = JsonContent.Create(Body(title: "Judul Baru"), options: Json) };
        stale.Headers.IfMatch.Add(before.Headers.ETag!);
        await Expect.ProblemAsync(await candidate.SendAsync(stale), HttpStatusCode.PreconditionFailed, "precondition_failed");
    }

    [Fact]
    public async Task Every_change_is_audited_with_client_action_and_trace()
    {
        var id = await InStateAsync("submitted");

        var audit = await Ministry.GetFromJsonAsync<JsonElement>($"{V1}/audit?subjectId={id}", Json);

        var entries = audit.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["SubmitInnovation", "RegisterInnovation"], entries.Select(e => e.GetProperty("action").GetString()));
        Assert.All(entries, e =>
        {
            Assert.Equal("innovation", e.GetProperty("subjectType").GetString());
            Assert.Equal(32, e.GetProperty("traceId").GetString()!.Length);
            Assert.EndsWith("Z", e.GetProperty("occurredAt").GetString(), StringComparison.Ordinal);
        });
        var ownerClient = entries[0].GetProperty("clientId").GetGuid();
        var byClient = await Ministry.GetFromJsonAsync<JsonElement>($"{V1}/audit?clientId={ownerClient}&pageSize=100", Json);
        Assert.All(byClient.GetProperty("items").EnumerateArray(), e => Assert.Equal(ownerClient, e.GetProperty("clientId").GetGuid()));
    }

    [Fact]
    public async Task A_refused_change_writes_neither_audit_nor_event()
    {
        var id = await InStateAsync("published");
        var (audits, events) = await CountsAsync();

        await Expect.ProblemAsync(await Owner.PutAsJsonAsync($"{Innovations}/{id}", Body(), Json), HttpStatusCode.Conflict, "invalid_transition");
        using var stale = new HttpRequestMessage(HttpMethod.Post, $"{Innovations}/{id}/archival") { Content = JsonContent.Create(new { }) };
        stale.Headers.TryAddWithoutValidation("If-Match", "\"987654\"");
        await Expect.ProblemAsync(await Owner.SendAsync(stale), HttpStatusCode.PreconditionFailed, "precondition_failed");

        Assert.Equal((audits, events), await CountsAsync());
    }

    [Theory]
    [InlineData("/events", "anonymous", 401)]
    [InlineData("/events", "agency", 403)]
    [InlineData("/events", "hub", 403)]
    [InlineData("/events", "reader", 200)]
    [InlineData("/audit", "anonymous", 401)]
    [InlineData("/audit", "reader", 403)]
    [InlineData("/audit", "agency", 403)]
    [InlineData("/audit", "ministry", 200)]
    public async Task Who_reads_events_and_audit(string path, string who, int status)
    {
        var client = who switch
        {
            "anonymous" => Anonymous,
            "agency" => Owner,
            "hub" => JatimHub,
            "reader" => Reader,
            _ => Ministry,
        };

        Assert.Equal(status, (int)(await client.GetAsync(V1 + path)).StatusCode);
    }

    [Theory]
    [InlineData("/events?limit=0", "limit")]
    [InlineData("/events?limit=1001", "limit")]
    [InlineData("/events?after=-1", "after")]
    [InlineData("/events?after=abc", "after")]
    [InlineData("/audit?pageSize=0", "pageSize")]
    [InlineData("/audit?clientId=x", "clientId")]
    public async Task Bad_parameters_are_400(string path, string field)
    {
        await Expect.ValidationProblemAsync(await Ministry.GetAsync(V1 + path), field);
    }

    private Task<(int Audits, int Events)> CountsAsync() =>
        Factory.WithDbAsync(async db => (await db.AuditEntries.CountAsync(), await db.Events.CountAsync()));
}
