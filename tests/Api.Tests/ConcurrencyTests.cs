using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jipp.Api.Tests.Infrastructure;

namespace Jipp.Api.Tests;

/// <summary>Strong ETags on mutable resources, and If-Match guarding every change.</summary>
public sealed class ConcurrencyTests(ApiFactory factory) : InnovationTest(factory)
{
    [Fact]
    public async Task A_resource_carries_a_strong_etag_that_changes_with_every_change()
    {
        var id = await InStateAsync("draft");

        var first = await Owner.GetAsync($"{Innovations}/{id}");
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);
        var submitted = await Owner.PostAsJsonAsync($"{Innovations}/{id}/submission", new { }, Json);
        await Expect.StatusAsync(submitted, HttpStatusCode.OK);

        Assert.NotEqual(etag, submitted.Headers.ETag);
        Assert.Equal(submitted.Headers.ETag, (await Owner.GetAsync($"{Innovations}/{id}")).Headers.ETag);
    }

    [Fact]
    public async Task A_stale_if_match_is_412_and_changes_nothing()
    {
        var id = await InStateAsync("draft");
        var stale = (await Owner.GetAsync($"{Innovations}/{id}")).Headers.ETag!.Tag;
        await Expect.StatusAsync(await Owner.PutAsJsonAsync($"{Innovations}/{id}", Body(title: "Perubahan Pertama"), Json), HttpStatusCode.OK);

        using var request = new HttpRequestMessage(HttpMethod.Put, $"{Innovations}/{id}") { Content = JsonContent.Create(Body(title: "Perubahan Kedua"), options: Json) };
        request.Headers.TryAddWithoutValidation("If-Match", stale);
        var response = await Owner.SendAsync(request);

        await Expect.ProblemAsync(response, HttpStatusCode.PreconditionFailed, "precondition_failed");
        var stored = await Owner.GetFromJsonAsync<JsonElement>($"{Innovations}/{id}", Json);
        Assert.Equal("Perubahan Pertama", stored.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_current_etag_or_a_wildcard_lets_the_change_through(bool wildcard)
    {
        var id = await InStateAsync("draft");
        var current = (await Owner.GetAsync($"{Innovations}/{id}")).Headers.ETag!.Tag;

        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Innovations}/{id}/submission") { Content = JsonContent.Create(new { }) };
        request.Headers.TryAddWithoutValidation("If-Match", wildcard ? "*" : current);
        var response = await Owner.SendAsync(request);

        await Expect.StatusAsync(response, HttpStatusCode.OK);
        Assert.Equal("submitted", await StateOfAsync(id));
    }

    [Fact]
    public async Task Of_two_concurrent_changes_from_the_same_version_exactly_one_wins()
    {
        var id = await InStateAsync("draft");
        var etag = (await Owner.GetAsync($"{Innovations}/{id}")).Headers.ETag!.Tag;

        async Task<HttpResponseMessage> UpdateAsync(string title)
        {
            using var request = new HttpRequestMessage(HttpMethod.Put, $"{Innovations}/{id}") { Content = JsonContent.Create(Body(title: title), options: Json) };
            request.Headers.TryAddWithoutValidation("If-Match", etag);
            return await Owner.SendAsync(request);
        }

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => UpdateAsync($"Judul {i}")));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        foreach (var lost in responses.Where(r => r.StatusCode != HttpStatusCode.OK))
        {
            await Expect.ProblemAsync(lost, HttpStatusCode.PreconditionFailed, "precondition_failed");
        }

        var winner = await responses.Single(r => r.StatusCode == HttpStatusCode.OK).Content.ReadFromJsonAsync<JsonElement>(Json);
        var stored = await Owner.GetFromJsonAsync<JsonElement>($"{Innovations}/{id}", Json);
        Assert.Equal(winner.GetProperty("title").GetString(), stored.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Candidacies_replication_requests_hubs_and_policies_honour_if_match()
    {
        const string stale = "\"987654\""; // versions count changes from 0 or 1: no resource here has changed this often
        var candidacies = await Ministry.GetFromJsonAsync<JsonElement>("/api/v1/hub-candidacies?cohortYear=2023&pageSize=1", Json);
        var candidacyId = candidacies.GetProperty("items")[0].GetProperty("id").GetGuid();
        var candidacy = await Ministry.GetAsync($"/api/v1/hub-candidacies/{candidacyId}");
        Assert.NotNull(candidacy.Headers.ETag);
        var hub = await Anonymous.GetAsync($"/api/v1/hubs/{JatimHubId}");
        Assert.NotNull(hub.Headers.ETag);
        await Expect.StatusAsync(await Ministry.PutAsJsonAsync("/api/v1/cohorts/2040/policy", new { minScore = 70, minPublishedInnovations = 10, minRegencyCoverage = 0.25m, minPartners = 1 }, Json), HttpStatusCode.OK);

        async Task<HttpResponseMessage> WithStale(HttpClient client, HttpMethod method, string path, object body)
        {
            using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body, options: Json) };
            request.Headers.TryAddWithoutValidation("If-Match", stale);
            return await client.SendAsync(request);
        }

        await Expect.ProblemAsync(await WithStale(Ministry, HttpMethod.Post, $"/api/v1/hub-candidacies/{candidacyId}/rejection", new { reason = "x" }), HttpStatusCode.PreconditionFailed, "precondition_failed");
        await Expect.ProblemAsync(await WithStale(Ministry, HttpMethod.Post, $"/api/v1/hubs/{JatimHubId}/partners", new { name = "Universitas Airlangga", type = "university" }), HttpStatusCode.PreconditionFailed, "precondition_failed");
        await Expect.ProblemAsync(await WithStale(Ministry, HttpMethod.Put, "/api/v1/cohorts/2040/policy", new { minScore = 10, minPublishedInnovations = 1, minRegencyCoverage = 0m, minPartners = 0 }), HttpStatusCode.PreconditionFailed, "precondition_failed");
        using (var reset = new HttpRequestMessage(HttpMethod.Delete, "/api/v1/cohorts/2040/policy"))
        {
            reset.Headers.TryAddWithoutValidation("If-Match", stale);
            await Expect.ProblemAsync(await Ministry.SendAsync(reset), HttpStatusCode.PreconditionFailed, "precondition_failed");
        }


        Assert.Equal("invited", (await Ministry.GetFromJsonAsync<JsonElement>($"/api/v1/hub-candidacies/{candidacyId}", Json)).GetProperty("state").GetString());
        Assert.Empty((await Anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/hubs/{JatimHubId}", Json)).GetProperty("partners").EnumerateArray());
        var policy = await Anonymous.GetAsync("/api/v1/cohorts/2040/policy");
        Assert.False((await policy.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("isDefault").GetBoolean());
        using (var reset = new HttpRequestMessage(HttpMethod.Delete, "/api/v1/cohorts/2040/policy"))
        {
            reset.Headers.IfMatch.Add(policy.Headers.ETag!);
            await Expect.StatusAsync(await Ministry.SendAsync(reset), HttpStatusCode.NoContent);
        }


        var innovationId = await InStateAsync("published");
        var replication = await OtherAgency.PostAsJsonAsync("/api/v1/replication-requests", new { innovationId, motivation = "Adopsi.", plannedStartOn = "2024-01-15" }, Json);
        var replicationId = (await replication.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetGuid();
        Assert.NotNull(replication.Headers.ETag);
        await Expect.ProblemAsync(await WithStale(OtherAgency, HttpMethod.Post, $"/api/v1/replication-requests/{replicationId}/cancellation", new { reason = "x" }), HttpStatusCode.PreconditionFailed, "precondition_failed");
    }

    [Fact]
    public async Task The_openapi_document_offers_if_match_on_changes()
    {
        var document = await Anonymous.GetFromJsonAsync<JsonElement>("/swagger/v1/swagger.json", Json);

        var put = document.GetProperty("paths").GetProperty("/api/v1/innovations/{id}").GetProperty("put");
        Assert.Contains(put.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "If-Match");
        Assert.True(put.GetProperty("responses").TryGetProperty("412", out _));
    }
}
