using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Jipp.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace Jipp.Api.Tests.Webhooks;

/// <summary>Deliveries to a local HTTPS receiver: signed, the feed's items, in order per resource, retried, redelivered.</summary>
public sealed class WebhookDeliveryTests(WebhookFactory factory) : WebhookTest<WebhookFactory>(factory)
{
    [Fact]
    public async Task Each_event_is_posted_as_its_feed_item_signed_with_the_subscriptions_secret()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var reader = await ReaderAsync();
        var created = await SubscribeAsync(reader, receiver.Url(), "agency.registered");
        var secret = created.GetProperty("secret").GetString()!;
        var agency = await RegisterAgencyAsync("Universitas Negeri Surabaya");

        var received = (await receiver.WaitForAsync(r => r.Count >= 1)).Single();

        var feed = JsonNode.Parse(await Ministry.GetStringAsync($"{V1}/events?after=0&limit=1000"))!["items"]!.AsArray();
        var item = feed.Single(e => (string?)e!["subject"]!["id"] == agency.ToString())!;
        Assert.Equal((string?)item["id"], received.Id);
        Assert.True(JsonNode.DeepEquals(item, JsonNode.Parse(received.Body)), $"body {received.Body} is not the feed item {item.ToJsonString()}");
        Assert.Equal(item.ToJsonString(), received.Body);
        Assert.StartsWith("application/json", received.ContentType, StringComparison.Ordinal);
        Assert.InRange(long.Parse(received.Timestamp, System.Globalization.CultureInfo.InvariantCulture), DateTimeOffset.UtcNow.AddMinutes(-1).ToUnixTimeSeconds(), DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        Assert.True(WebhookVerifier.Verify(secret, received.Id, received.Timestamp, received.Body, received.Signature), $"signature {received.Signature} does not verify");
        Assert.Single(received.Signature.Split(' '));

        var id = created.GetProperty("subscription").GetProperty("id").GetGuid();
        var delivery = (await WaitForDeliveriesAsync(reader, id, d => d.Count == 1 && d[0].GetProperty("state").GetString() == "delivered")).Single();
        Assert.Equal(received.Id, delivery.GetProperty("eventId").GetString());
        Assert.Equal("agency.registered", delivery.GetProperty("eventType").GetString());
        Assert.Equal(1, delivery.GetProperty("attempts").GetInt32());
        Assert.Equal(204, delivery.GetProperty("lastStatusCode").GetInt32());
    }

    [Fact]
    public async Task Only_the_subscribed_types_and_only_events_after_the_subscription_are_delivered()
    {
        await RegisterAgencyAsync("Sebelum Berlangganan");
        await using var receiver = await WebhookReceiver.StartAsync();
        var reader = await ReaderAsync();
        await SubscribeAsync(reader, receiver.Url(), "cohortPolicy.changed");
        await Expect.StatusAsync(await Ministry.PutAsJsonAsync($"{V1}/cohorts/2023/policy", new { minScore = 75, minPublishedInnovations = 5, minRegencyCoverage = 0.2m, minPartners = 1 }, Json), HttpStatusCode.OK);
        await RegisterAgencyAsync("Sesudah Berlangganan");

        var received = await receiver.WaitForAsync(r => r.Count >= 1);
        await Task.Delay(1000);

        Assert.Single(receiver.Received);
        Assert.Equal("cohortPolicy.changed", JsonNode.Parse(received[0].Body)!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_events_of_one_resource_arrive_in_feed_order_under_concurrent_writes()
    {
        await using var receiver = await WebhookReceiver.StartAsync();

        // A receiver that takes a variable time per request: deliveries made in parallel would overtake each other.
        receiver.Answer = async _ =>
        {
            await Task.Delay(Random.Shared.Next(0, 40));
            return Results.Ok();
        };
        var reader = await ReaderAsync();
        await SubscribeAsync(reader, receiver.Url(), "hub.partnerAdded");
        var hubs = (await Ministry.GetFromJsonAsync<JsonElement>($"{V1}/hubs?pageSize=6", Json)).GetProperty("items").EnumerateArray().Select(h => h.GetProperty("id").GetGuid()).ToList();
        const int PartnersPerHub = 6;

        // Each hub gains its partners one after another; the hubs are written concurrently.
        await Parallel.ForEachAsync(hubs, async (hub, ct) =>
        {
            for (var i = 0; i < PartnersPerHub; i++)
            {
                var response = await Ministry.PostAsJsonAsync($"{V1}/hubs/{hub}/partners", new { name = $"Mitra {i}", type = "other" }, Json, ct);
                await Expect.StatusAsync(response, HttpStatusCode.Created);
            }
        });

        var received = await receiver.WaitForAsync(r => r.Select(x => x.Id).Distinct().Count() >= hubs.Count * PartnersPerHub, seconds: 60);

        var items = received.Select(r => JsonNode.Parse(r.Body)!).ToList();
        Assert.Equal(items.Count, items.Select(i => (string)i["id"]!).Distinct().Count());
        foreach (var hub in items.GroupBy(i => (string)i["subject"]!["id"]!))
        {
            var sequences = hub.Select(i => (long)i["sequence"]!).ToList();
            Assert.Equal(sequences.Order(), sequences);
            Assert.Equal([.. Enumerable.Range(0, PartnersPerHub).Select(i => $"Mitra {i}")], hub.Select(i => (string)i["data"]!["name"]!));
        }
    }

    [Fact]
    public async Task A_receiver_that_was_down_gets_the_event_on_a_later_attempt_with_the_same_webhook_id()
    {
        // A port nobody listens on yet: the receiver is down.
        int port;
        await using (var probe = await WebhookReceiver.StartAsync())
        {
            port = probe.Port;
        }

        var reader = await ReaderAsync();
        var id = (await SubscribeAsync(reader, $"https://127.0.0.1:{port}/hook", "agency.registered")).GetProperty("subscription").GetProperty("id").GetGuid();
        await RegisterAgencyAsync("Politeknik Negeri Malang");
        var failing = await WaitForDeliveriesAsync(reader, id, d => d.Count == 1 && d[0].GetProperty("attempts").GetInt32() >= 2);
        Assert.Equal("pending", failing[0].GetProperty("state").GetString());
        Assert.Contains("connection failed", failing[0].GetProperty("lastError").GetString(), StringComparison.Ordinal);
        Assert.True(failing[0].TryGetProperty("nextAttemptAt", out var next) && next.ValueKind == JsonValueKind.String);

        await using var receiver = await WebhookReceiver.StartAsync(port);
        var received = await receiver.WaitForAsync(r => r.Count >= 1);

        var delivered = await WaitForDeliveriesAsync(reader, id, d => d[0].GetProperty("state").GetString() == "delivered");
        Assert.Equal(delivered[0].GetProperty("eventId").GetString(), received[0].Id);
        Assert.True(delivered[0].GetProperty("attempts").GetInt32() >= 3);
        Assert.Equal(JsonValueKind.Null, delivered[0].GetProperty("lastError").ValueKind);
    }

    [Fact]
    public async Task After_a_rotation_deliveries_carry_signatures_of_the_new_and_the_previous_secret()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var reader = await ReaderAsync();
        var created = await SubscribeAsync(reader, receiver.Url(), "agency.registered");
        var id = created.GetProperty("subscription").GetProperty("id").GetGuid();
        var rotated = await reader.PostAsync($"{Subscriptions}/{id}/secret-rotation", null);
        await Expect.StatusAsync(rotated, HttpStatusCode.OK);
        var secret = (await rotated.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("secret").GetString()!;

        await RegisterAgencyAsync("Institut Teknologi Sepuluh Nopember");
        var received = (await receiver.WaitForAsync(r => r.Count >= 1))[0];

        Assert.Equal(2, received.Signature.Split(' ').Length);
        Assert.True(WebhookVerifier.Verify(secret, received.Id, received.Timestamp, received.Body, received.Signature));
        Assert.True(WebhookVerifier.Verify(created.GetProperty("secret").GetString()!, received.Id, received.Timestamp, received.Body, received.Signature));
    }

    [Fact]
    public async Task A_redelivery_sends_the_event_again_with_the_same_webhook_id()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var reader = await ReaderAsync();
        var id = (await SubscribeAsync(reader, receiver.Url(), "agency.registered")).GetProperty("subscription").GetProperty("id").GetGuid();
        await RegisterAgencyAsync("Universitas Jember");
        var delivery = (await WaitForDeliveriesAsync(reader, id, d => d.Count == 1 && d[0].GetProperty("state").GetString() == "delivered"))[0];

        var retried = await reader.PostAsync($"{Subscriptions}/{id}/deliveries/{delivery.GetProperty("id").GetGuid()}/retry", null);

        await Expect.StatusAsync(retried, HttpStatusCode.OK);
        Assert.Equal("pending", (await retried.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("state").GetString());
        var received = await receiver.WaitForAsync(r => r.Count >= 2);
        Assert.Equal(received[0].Id, received[1].Id);
        await Expect.ProblemAsync(await reader.PostAsync($"{Subscriptions}/{id}/deliveries/{Guid.NewGuid()}/retry", null), HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task A_redirect_is_a_failed_attempt_and_is_never_followed()
    {
        await using var target = await WebhookReceiver.StartAsync();
        await using var redirecting = await WebhookReceiver.StartAsync();
        redirecting.Answer = _ => Task.FromResult(Results.Redirect(target.Url(), permanent: false, preserveMethod: true));
        var reader = await ReaderAsync();
        var id = (await SubscribeAsync(reader, redirecting.Url(), "agency.registered")).GetProperty("subscription").GetProperty("id").GetGuid();
        await RegisterAgencyAsync("Universitas Brawijaya");

        var deliveries = await WaitForDeliveriesAsync(reader, id, d => d.Count == 1 && d[0].GetProperty("attempts").GetInt32() >= 2);

        Assert.Equal(307, deliveries[0].GetProperty("lastStatusCode").GetInt32());
        Assert.Contains("redirect", deliveries[0].GetProperty("lastError").GetString(), StringComparison.Ordinal);
        Assert.Empty(target.Received);
    }

    [Fact]
    public async Task A_receiver_that_stalls_its_answer_is_cut_off_at_the_attempt_time_out()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Answer = _ => Task.FromResult<IResult>(new StallingAnswer());
        var reader = await ReaderAsync();
        var id = (await SubscribeAsync(reader, receiver.Url(), "agency.registered")).GetProperty("subscription").GetProperty("id").GetGuid();
        await RegisterAgencyAsync("Universitas Negeri Malang");

        var deliveries = await WaitForDeliveriesAsync(reader, id, d => d.Count == 1 && d[0].GetProperty("lastError").ValueKind == JsonValueKind.String, seconds: 30);

        Assert.Equal("timed out", deliveries[0].GetProperty("lastError").GetString());
        Assert.InRange(deliveries[0].GetProperty("lastDurationMilliseconds").GetInt32(), 2500, 8000);
        Assert.Equal("pending", deliveries[0].GetProperty("state").GetString());
    }

    [Fact]
    public async Task Two_instances_deliver_each_event_once_per_subscription()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Answer = async _ =>
        {
            await Task.Delay(Random.Shared.Next(0, 20));
            return Results.NoContent();
        };
        await using var second = new SecondInstance(Factory.ConnectionString);
        second.StartServer();
        var reader = await ReaderAsync();
        await SubscribeAsync(reader, receiver.Url(), "agency.registered");
        await SubscribeAsync(reader, receiver.Url(), "agency.registered");
        const int Events = 30;

        for (var i = 0; i < Events; i++)
        {
            await RegisterAgencyAsync($"Perguruan Tinggi {i}");
        }

        var received = await receiver.WaitForAsync(r => r.Count >= 2 * Events, seconds: 60);
        await Task.Delay(1500);

        // Each event once per subscription: every webhook-id exactly twice.
        Assert.Equal(2 * Events, receiver.Received.Count);
        Assert.All(receiver.Received.GroupBy(r => r.Id), g => Assert.Equal(2, g.Count()));
        Assert.Equal(Events, received.Select(r => r.Id).Distinct().Count());
    }

    /// <summary>Another instance of the service on the same database, with its own delivery worker.</summary>
    private sealed class SecondInstance(string connectionString) : WebhookFactory
    {
        protected override Task<string> CreateDatabaseAsync() => Task.FromResult(connectionString);

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("ConnectionStrings:Default", connectionString);
        }
    }

    /// <summary>A 500 whose body starts and then never ends (until the caller goes away).</summary>
    private sealed class StallingAnswer : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = 500;
            await httpContext.Response.WriteAsync("Sebentar", httpContext.RequestAborted);
            await httpContext.Response.Body.FlushAsync(httpContext.RequestAborted);
            try
            {
                await Task.Delay(TimeSpan.FromMinutes(1), httpContext.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                // The service gave up on the attempt, as it should.
            }
        }
    }
}
