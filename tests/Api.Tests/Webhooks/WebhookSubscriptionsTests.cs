using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jipp.Api.Tests.Infrastructure;

namespace Jipp.Api.Tests.Webhooks;

/// <summary>Subscriptions through the API: the secret shown once, validation, and who sees and changes what.</summary>
public sealed class WebhookSubscriptionsTests(NoPrivateNetworksFactory factory) : WebhookTest<NoPrivateNetworksFactory>(factory)
{
    private const string Url = "https://sipp.jatimprov.go.id/webhooks/jipp";

    [Fact]
    public async Task Subscribing_answers_a_secret_once_and_reads_never_show_it()
    {
        var reader = await ReaderAsync();

        var response = await reader.PostAsJsonAsync(Subscriptions, new { url = Url, eventTypes = new[] { "innovation.published", "hub.designated" }, description = "Satu Data Jatim" }, Json);

        await Expect.StatusAsync(response, HttpStatusCode.Created);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>(Json);
        var secret = created.GetProperty("secret").GetString()!;
        Assert.StartsWith("whsec_", secret, StringComparison.Ordinal);
        Assert.InRange(Convert.FromBase64String(secret["whsec_".Length..]).Length, 24, 64);
        var subscription = created.GetProperty("subscription");
        var id = subscription.GetProperty("id").GetGuid();
        Assert.Equal($"/api/v1/webhook-subscriptions/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal(["innovation.published", "hub.designated"], subscription.GetProperty("eventTypes").EnumerateArray().Select(e => e.GetString()));
        Assert.False(subscription.GetProperty("paused").GetBoolean());
        Assert.NotNull(response.Headers.ETag);

        var one = await reader.GetStringAsync($"{Subscriptions}/{id}");
        var list = await reader.GetStringAsync(Subscriptions);
        Assert.DoesNotContain(secret, one, StringComparison.Ordinal);
        Assert.False(JsonDocument.Parse(one).RootElement.TryGetProperty("secret", out _));
        Assert.DoesNotContain(secret, list, StringComparison.Ordinal);
        var stored = await Factory.WithDbAsync(db => Task.FromResult(db.WebhookSubscriptions.Single(s => s.Id == id).ProtectedSecret));
        Assert.DoesNotContain(secret["whsec_".Length..], stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_replay_with_the_same_idempotency_key_answers_without_the_secret_and_creates_nothing()
    {
        var reader = await ReaderAsync();
        var body = new { url = Url, eventTypes = Array.Empty<string>() };
        using var first = new HttpRequestMessage(HttpMethod.Post, Subscriptions) { Content = JsonContent.Create(body, options: Json) };
        first.Headers.Add("Idempotency-Key", "langganan-1");
        using var again = new HttpRequestMessage(HttpMethod.Post, Subscriptions) { Content = JsonContent.Create(body, options: Json) };
        again.Headers.Add("Idempotency-Key", "langganan-1");

        var created = await reader.SendAsync(first);
        var replayed = await reader.SendAsync(again);

        await Expect.StatusAsync(created, HttpStatusCode.Created);
        await Expect.StatusAsync(replayed, HttpStatusCode.Created);
        Assert.True((await created.Content.ReadFromJsonAsync<JsonElement>(Json)).TryGetProperty("secret", out _));
        Assert.False((await replayed.Content.ReadFromJsonAsync<JsonElement>(Json)).TryGetProperty("secret", out _));
        var list = await reader.GetFromJsonAsync<JsonElement>(Subscriptions, Json);
        Assert.Single(list.GetProperty("items").EnumerateArray());
    }

    [Theory]
    [InlineData("http://sipp.jatimprov.go.id/webhooks")]
    [InlineData("https://admin:rahasia@sipp.jatimprov.go.id/webhooks")]
    [InlineData("sipp.jatimprov.go.id/webhooks")]
    [InlineData("https://127.0.0.1/hook")]
    [InlineData("https://10.1.2.3/hook")]
    [InlineData("https://169.254.169.254/latest/meta-data/")]
    [InlineData("https://[::1]/hook")]
    [InlineData("https://[::ffff:127.0.0.1]/hook")]
    [InlineData("")]
    public async Task Urls_other_than_https_to_a_public_host_are_refused(string url)
    {
        var reader = await ReaderAsync();

        var response = await reader.PostAsJsonAsync(Subscriptions, new { url }, Json);

        await Expect.ValidationProblemAsync(response, "url");
    }

    [Fact]
    public async Task A_client_holds_at_most_twenty_subscriptions()
    {
        var reader = await ReaderAsync();
        var other = await ReaderAsync("lain");
        for (var i = 0; i < Jipp.Domain.Webhooks.WebhookSubscription.MaxPerClient; i++)
        {
            await SubscribeAsync(reader, $"{Url}/{i}");
        }

        var refused = await reader.PostAsJsonAsync(Subscriptions, new { url = $"{Url}/lagi" }, Json);

        var problem = await Expect.ProblemAsync(refused, HttpStatusCode.Conflict, "webhook.too_many_subscriptions");
        Assert.Contains("20", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await SubscribeAsync(other, Url);
    }

    [Fact]
    public async Task Event_types_must_be_types_of_the_catalogue()
    {
        var reader = await ReaderAsync();

        var response = await reader.PostAsJsonAsync(Subscriptions, new { url = Url, eventTypes = new[] { "innovation.published", "innovation.deleted" } }, Json);

        var problem = await Expect.ProblemAsync(response, HttpStatusCode.BadRequest, "validation");
        Assert.Contains(problem.GetProperty("errors").EnumerateObject(), e => e.Name.StartsWith("eventTypes", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_owner_changes_pauses_and_resumes_its_subscription_with_if_match()
    {
        var reader = await ReaderAsync();
        var id = (await SubscribeAsync(reader, Url)).GetProperty("subscription").GetProperty("id").GetGuid();
        var read = await reader.GetAsync($"{Subscriptions}/{id}");
        var etag = read.Headers.ETag!.Tag;

        using var stale = Patch(id, new { paused = true }, "\"999\"");
        await Expect.ProblemAsync(await reader.SendAsync(stale), HttpStatusCode.PreconditionFailed, "precondition_failed");
        using var change = Patch(id, new { url = "https://sipp.jatimprov.go.id/v2/hook", eventTypes = new[] { "agency.registered" }, paused = true }, etag);
        var changed = await reader.SendAsync(change);

        await Expect.StatusAsync(changed, HttpStatusCode.OK);
        var body = await changed.Content.ReadFromJsonAsync<JsonElement>(Json);
        Assert.Equal("https://sipp.jatimprov.go.id/v2/hook", body.GetProperty("url").GetString());
        Assert.Equal(["agency.registered"], body.GetProperty("eventTypes").EnumerateArray().Select(e => e.GetString()));
        Assert.True(body.GetProperty("paused").GetBoolean());
        Assert.NotEqual(etag, changed.Headers.ETag!.Tag);
        Assert.Equal(changed.Headers.ETag!.Tag, (await reader.GetAsync($"{Subscriptions}/{id}")).Headers.ETag!.Tag);

        using var resume = Patch(id, new { paused = false }, null);
        Assert.False((await (await reader.SendAsync(resume)).Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("paused").GetBoolean());
        using var empty = Patch(id, new { }, null);
        await Expect.ValidationProblemAsync(await reader.SendAsync(empty), "body");
        using var http = Patch(id, new { url = "http://sipp.jatimprov.go.id/" }, null);
        await Expect.ValidationProblemAsync(await reader.SendAsync(http), "url");
    }

    [Fact]
    public async Task One_client_can_neither_see_nor_change_another_clients_subscription()
    {
        var owner = await ReaderAsync("pemilik");
        var other = await ReaderAsync("lain");
        var id = (await SubscribeAsync(owner, Url)).GetProperty("subscription").GetProperty("id").GetGuid();
        var delivery = Guid.NewGuid();

        await Expect.ProblemAsync(await other.GetAsync($"{Subscriptions}/{id}"), HttpStatusCode.NotFound, "not_found");
        using (var patch = Patch(id, new { paused = true }, null))
        {
            await Expect.ProblemAsync(await other.SendAsync(patch), HttpStatusCode.NotFound, "not_found");
        }

        await Expect.ProblemAsync(await other.PostAsync($"{Subscriptions}/{id}/secret-rotation", null), HttpStatusCode.NotFound, "not_found");
        await Expect.ProblemAsync(await other.GetAsync($"{Subscriptions}/{id}/deliveries"), HttpStatusCode.NotFound, "not_found");
        await Expect.ProblemAsync(await other.PostAsync($"{Subscriptions}/{id}/deliveries/{delivery}/retry", null), HttpStatusCode.NotFound, "not_found");
        await Expect.ProblemAsync(await other.DeleteAsync($"{Subscriptions}/{id}"), HttpStatusCode.NotFound, "not_found");
        Assert.Empty((await other.GetFromJsonAsync<JsonElement>(Subscriptions, Json)).GetProperty("items").EnumerateArray());

        // Nothing changed: the owner still has it, unpaused.
        var mine = await owner.GetFromJsonAsync<JsonElement>($"{Subscriptions}/{id}", Json);
        Assert.False(mine.GetProperty("paused").GetBoolean());
    }

    [Fact]
    public async Task The_ministry_sees_and_deletes_every_subscription_but_changes_only_its_own()
    {
        var owner = await ReaderAsync();
        var id = (await SubscribeAsync(owner, Url)).GetProperty("subscription").GetProperty("id").GetGuid();

        var list = await Ministry.GetFromJsonAsync<JsonElement>(Subscriptions, Json);
        Assert.Contains(list.GetProperty("items").EnumerateArray(), s => s.GetProperty("id").GetGuid() == id);
        await Expect.StatusAsync(await Ministry.GetAsync($"{Subscriptions}/{id}/deliveries"), HttpStatusCode.OK);
        using (var patch = Patch(id, new { paused = true }, null))
        {
            await Expect.ProblemAsync(await Ministry.SendAsync(patch), HttpStatusCode.Forbidden, "forbidden");
        }

        await Expect.ProblemAsync(await Ministry.PostAsync($"{Subscriptions}/{id}/secret-rotation", null), HttpStatusCode.Forbidden, "forbidden");
        await Expect.StatusAsync(await Ministry.DeleteAsync($"{Subscriptions}/{id}"), HttpStatusCode.NoContent);
        await Expect.ProblemAsync(await owner.GetAsync($"{Subscriptions}/{id}"), HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task Agency_and_hub_clients_subscribe_to_the_public_event_types_only()
    {
        var agencyClient = await Ministry.PostAsJsonAsync($"{V1}/api-clients", new { name = "agency", role = "agency", agencyId = await AnyAgencyAsync() }, Json);
        var agency = Factory.CreateClient((await agencyClient.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("key").GetString());

        // Empty: every public type, not the whole feed, which the agency cannot read either.
        var all = await agency.PostAsJsonAsync(Subscriptions, new { url = Url }, Json);
        await Expect.StatusAsync(all, HttpStatusCode.Created);
        var subscription = (await all.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("subscription");
        Assert.Equal(
            ["innovation.published", "hub.designated", "hub.innovationsAssigned", "hub.partnerAdded", "hub.partnerRemoved", "hub.activityRecorded", "cohortPolicy.changed"],
            subscription.GetProperty("eventTypes").EnumerateArray().Select(e => e.GetString()));
        await Expect.ProblemAsync(await agency.GetAsync($"{V1}/events"), HttpStatusCode.Forbidden, "forbidden");

        var published = await agency.PostAsJsonAsync(Subscriptions, new { url = Url, eventTypes = new[] { "innovation.published" } }, Json);
        await Expect.StatusAsync(published, HttpStatusCode.Created);

        // Another agency's drafts and workflows are not public: refused when subscribing and when changing, and nothing is made.
        var before = (await agency.GetFromJsonAsync<JsonElement>(Subscriptions, Json)).GetProperty("items").GetArrayLength();
        var drafts = await agency.PostAsJsonAsync(Subscriptions, new { url = Url, eventTypes = new[] { "innovation.published", "innovation.stateChanged" } }, Json);
        var problem = await Expect.ValidationProblemAsync(drafts, "eventTypes");
        Assert.Contains("innovation.stateChanged", problem.GetProperty("errors").GetProperty("eventTypes")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(before, (await agency.GetFromJsonAsync<JsonElement>(Subscriptions, Json)).GetProperty("items").GetArrayLength());
        var id = (await published.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("subscription").GetProperty("id").GetGuid();
        await Expect.ValidationProblemAsync(await agency.SendAsync(Patch(id, new { eventTypes = new[] { "replication.stateChanged" } }, ifMatch: null)), "eventTypes");
        var unchanged = await agency.GetFromJsonAsync<JsonElement>($"{Subscriptions}/{id}", Json);
        Assert.Equal(["innovation.published"], unchanged.GetProperty("eventTypes").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void The_public_event_types_are_types_of_the_catalogue() =>
        Assert.All(Jipp.Application.Webhooks.WebhookAccess.PublicEventTypes, type =>
            Assert.Contains(type, Jipp.Application.Events.Catalogue.IntegrationEventCatalogue.All.Select(t => t.Name)));

    [Fact]
    public async Task Rotating_gives_a_new_secret_once_and_keeps_the_old_one_for_a_day()
    {
        var reader = await ReaderAsync();
        var created = await SubscribeAsync(reader, Url);
        var id = created.GetProperty("subscription").GetProperty("id").GetGuid();

        var rotated = await reader.PostAsync($"{Subscriptions}/{id}/secret-rotation", null);

        await Expect.StatusAsync(rotated, HttpStatusCode.OK);
        var body = await rotated.Content.ReadFromJsonAsync<JsonElement>(Json);
        var secret = body.GetProperty("secret").GetString()!;
        Assert.StartsWith("whsec_", secret, StringComparison.Ordinal);
        Assert.NotEqual(created.GetProperty("secret").GetString(), secret);
        var expires = body.GetProperty("subscription").GetProperty("previousSecretExpiresAt").GetDateTimeOffset();
        Assert.InRange(expires - DateTimeOffset.UtcNow, TimeSpan.FromHours(23.9), TimeSpan.FromHours(24));
        Assert.DoesNotContain(secret, await reader.GetStringAsync($"{Subscriptions}/{id}"), StringComparison.Ordinal);
    }

    private static HttpRequestMessage Patch(Guid id, object body, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, $"{Subscriptions}/{id}") { Content = JsonContent.Create(body, options: Json) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return request;
    }

    private async Task<Guid> AnyAgencyAsync()
    {
        var agencies = await Ministry.GetFromJsonAsync<JsonElement>($"{V1}/agencies?type=provincialGovernment&provinceCode=35", Json);
        return agencies.GetProperty("items")[0].GetProperty("id").GetGuid();
    }
}
