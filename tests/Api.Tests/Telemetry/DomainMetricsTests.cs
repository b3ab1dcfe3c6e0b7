using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jipp.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Jipp.Api.Tests.Telemetry;

/// <summary>The domain's metrics, as a collector sees them: counted once per committed change, never for a refused one.</summary>
[Collection(TelemetrySequence.Name)]
public sealed class DomainMetricsTests(TelemetryFactory factory) : TelemetryTest(factory)
{
    private const string Registered = "jipp.innovations.registered";
    private const string Published = "jipp.innovations.published";
    private const string CandidacyTransitions = "jipp.candidacy.transitions";
    private const string ReplicationTransitions = "jipp.replication.transitions";
    private const string EventsWritten = "jipp.events.written";
    private const string Replays = "jipp.idempotency.replays";
    private const string RateLimitRefusals = "jipp.rate_limit.refusals";

    [Fact]
    public async Task Registering_submitting_and_publishing_count_one_registration_one_publication_and_every_event_written()
    {
        var registered = Counter(Registered);
        var published = Counter(Published);
        var written = Counter(EventsWritten);
        var eventsBefore = await EventCountAsync();

        var (_, id) = await PublishedInnovationAsync();

        Assert.Equal(registered + 1, Counter(Registered));
        Assert.Equal(published + 1, Counter(Published));
        Assert.Equal(written + (await EventCountAsync() - eventsBefore), Counter(EventsWritten));
        Assert.True(Counter(EventsWritten) > written);

        // A refused command (publishing twice) rolls back and counts nothing.
        var again = await Ministry.PostAsJsonAsync($"{V1}/innovations/{id}/verification", new { decision = "publish" }, Json);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(published + 1, Counter(Published));
        Assert.Equal(registered + 1, Counter(Registered));
    }

    [Fact]
    public async Task The_feed_lag_is_the_age_of_the_newest_event_a_reader_can_see_and_absent_while_the_feed_is_empty()
    {
        await Factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM events"));
        Assert.Null(Gauge("jipp.event_feed.lag"));

        var before = DateTimeOffset.UtcNow;
        await PublishedInnovationAsync();
        await StampFeedAsync();
        var newest = await Factory.WithDbAsync(db => db.Events.MaxAsync(e => e.OccurredAt));
        var lag = Gauge("jipp.event_feed.lag");
        var upper = (DateTimeOffset.UtcNow - newest).TotalSeconds;

        Assert.NotNull(lag);
        Assert.InRange(lag.Value, 0, upper + 0.001);
        Assert.True(newest >= before.AddSeconds(-1), "the newest event is the publication's");

        // An older newest event is a larger lag.
        await Factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE events SET occurred_at = occurred_at - interval '1 hour'"));
        Assert.InRange(Gauge("jipp.event_feed.lag")!.Value, 3600, 3600 + upper + 5);
    }

    [Fact]
    public async Task A_candidacy_transition_counts_with_the_state_it_entered()
    {
        var jambi = await AgencyIdAsync("type=provincialGovernment&provinceCode=15");
        var seeded = await Ministry.GetFromJsonAsync<JsonElement>($"{V1}/hub-candidacies?cohortYear=2023&pageSize=100", Json);
        var candidacy = seeded.GetProperty("items").EnumerateArray().Single(c => c.GetProperty("provinceCode").GetString() == "15").GetProperty("id").GetGuid();
        var (_, _, candidate) = await ClientAsync("agency", agencyId: jambi);
        var willing = Counter(CandidacyTransitions, "to_state", "willing");
        var committed = Counter(CandidacyTransitions, "to_state", "committed");
        var all = Counter(CandidacyTransitions);

        var response = await candidate.PostAsJsonAsync($"{V1}/hub-candidacies/{candidacy}/willingness", new { willing = true, statementRef = "Surat Kesediaan Gubernur Jambi 2023" }, Json);

        await Expect.StatusAsync(response, HttpStatusCode.OK);
        Assert.Equal(willing + 1, Counter(CandidacyTransitions, "to_state", "willing"));
        Assert.Equal(committed, Counter(CandidacyTransitions, "to_state", "committed"));
        Assert.Equal(all + 1, Counter(CandidacyTransitions));
    }

    [Fact]
    public async Task Replication_transitions_count_with_the_state_each_entered()
    {
        var (_, innovationId) = await PublishedInnovationAsync();
        var (_, _, requester) = await ClientAsync("agency", agencyId: await AgencyIdAsync("type=provincialGovernment&provinceCode=51"));
        var (_, _, baliHub) = await ClientAsync("hub", hubId: await HubOfProvinceAsync("51"));
        var submitted = Counter(ReplicationTransitions, "to_state", "submitted");
        var verified = Counter(ReplicationTransitions, "to_state", "verified");

        var requested = await requester.PostAsJsonAsync($"{V1}/replication-requests", new { innovationId, motivation = "Kami ingin mempercepat perizinan.", plannedStartOn = "2024-01-15" }, Json);
        await Expect.StatusAsync(requested, HttpStatusCode.Created);
        Assert.Equal(submitted + 1, Counter(ReplicationTransitions, "to_state", "submitted"));
        Assert.Equal(verified, Counter(ReplicationTransitions, "to_state", "verified"));

        var id = (await requested.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetGuid();
        await Expect.StatusAsync(await baliHub.PostAsJsonAsync($"{V1}/replication-requests/{id}/verification", new { approved = true }, Json), HttpStatusCode.OK);
        Assert.Equal(submitted + 1, Counter(ReplicationTransitions, "to_state", "submitted"));
        Assert.Equal(verified + 1, Counter(ReplicationTransitions, "to_state", "verified"));
    }

    [Fact]
    public async Task A_replayed_idempotent_post_counts_one_replay_and_no_second_registration()
    {
        var (_, _, owner) = await ClientAsync("agency", agencyId: await AgencyIdAsync("q=Kota%20Surabaya"));
        var replays = Counter(Replays);
        var registered = Counter(Registered);

        for (var attempt = 0; attempt < 2; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"{V1}/innovations") { Content = JsonContent.Create(InnovationTest.Body(), options: Json) };
            request.Headers.Add("Idempotency-Key", "telemetry-replay-1");
            var response = await owner.SendAsync(request);
            await Expect.StatusAsync(response, HttpStatusCode.Created);
            Assert.Equal(attempt == 1, response.Headers.Contains("Idempotency-Replayed"));
        }

        Assert.Equal(replays + 1, Counter(Replays));
        Assert.Equal(registered + 1, Counter(Registered));
    }

    [Fact]
    public async Task A_request_refused_by_a_rate_limit_counts_one_refusal_of_that_kind_of_limit_and_never_the_caller()
    {
        var byAddress = Counter(RateLimitRefusals, "policy", "address");
        var byClient = Counter(RateLimitRefusals, "policy", "client");

        for (var i = 0; i < TelemetryFactory.AnonymousPermits; i++)
        {
            Assert.Equal(HttpStatusCode.OK, await FromAddressAsync("198.51.100.23", "/api/v1/provinces"));
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, await FromAddressAsync("198.51.100.23", "/api/v1/provinces"));

        Assert.Equal(byAddress + 1, Counter(RateLimitRefusals, "policy", "address"));
        Assert.Equal(byClient, Counter(RateLimitRefusals, "policy", "client"));
        var tags = CounterTags(RateLimitRefusals);
        Assert.All(tags, t => Assert.Equal(["policy"], t.Keys));
        Assert.DoesNotContain(tags, t => t.Values.Any(v => v?.ToString()?.Contains("198.51.100.23", StringComparison.Ordinal) == true));
    }

    [Fact]
    public async Task The_readiness_gauge_is_one_while_the_database_is_migrated_and_zero_while_a_migration_is_pending()
    {
        Assert.Equal(1, await GaugeBecomesAsync("jipp.ready", 1));

        const string Hide = """UPDATE "__EFMigrationsHistory" SET migration_id = migration_id || '-hidden' WHERE migration_id = (SELECT max(migration_id) FROM "__EFMigrationsHistory")""";
        const string Restore = """UPDATE "__EFMigrationsHistory" SET migration_id = left(migration_id, -7) WHERE migration_id LIKE '%-hidden'""";
        await Factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(Hide));
        try
        {
            Assert.Equal(0, await GaugeBecomesAsync("jipp.ready", 0));
        }
        finally
        {
            await Factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(Restore));
        }

        Assert.Equal(1, await GaugeBecomesAsync("jipp.ready", 1));
    }

    /// <summary>The gauge's value once it reads <paramref name="expected"/>, or its last value after 15 s (the checks run every second here).</summary>
    private async Task<double?> GaugeBecomesAsync(string name, double expected)
    {
        var watch = Stopwatch.StartNew();
        double? value;
        while ((value = Gauge(name)) != expected && watch.Elapsed < TimeSpan.FromSeconds(15))
        {
            await Task.Delay(200);
        }

        return value;
    }

    private Task<int> EventCountAsync() => Factory.WithDbAsync(db => db.Events.CountAsync());
}
