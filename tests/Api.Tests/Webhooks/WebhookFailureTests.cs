using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Jipp.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace Jipp.Api.Tests.Webhooks;

/// <summary>A receiver that keeps failing: deliveries fail after the retry budget, and the subscription pauses itself and says so in the feed.</summary>
public sealed class WebhookFailureTests(ShortBudgetFactory factory) : WebhookTest<ShortBudgetFactory>(factory)
{
    [Fact]
    public async Task Deliveries_fail_after_the_retry_budget_and_the_subscription_pauses_with_an_event()
    {
        await using var receiver = await WebhookReceiver.StartAsync();

        // A long answer: only an excerpt of it may be kept.
        receiver.Answer = _ => Task.FromResult(Results.Text(new string('x', 100_000), statusCode: 500));
        var reader = await ReaderAsync();
        var subscription = (await SubscribeAsync(reader, receiver.Url(), "agency.registered")).GetProperty("subscription");
        var id = subscription.GetProperty("id").GetGuid();
        await RegisterAgencyAsync("Universitas Trunojoyo");
        await RegisterAgencyAsync("Universitas Islam Malang");

        var deliveries = await WaitForDeliveriesAsync(reader, id, d => d.Count == 2 && d.All(x => x.GetProperty("state").GetString() == "failed"));

        Assert.All(deliveries, d =>
        {
            Assert.True(d.GetProperty("attempts").GetInt32() >= 2, "a delivery is retried before it fails");
            Assert.Equal(500, d.GetProperty("lastStatusCode").GetInt32());
            Assert.Equal(JsonValueKind.Null, d.GetProperty("nextAttemptAt").ValueKind);
            var error = d.GetProperty("lastError").GetString()!;
            Assert.StartsWith("HTTP 500: xxx", error, StringComparison.Ordinal);
            Assert.InRange(error.Length, 20, 500);
        });
        var paused = await reader.GetFromJsonAsync<JsonElement>($"{Subscriptions}/{id}", Json);
        Assert.True(paused.GetProperty("paused").GetBoolean());
        Assert.Equal(2, paused.GetProperty("consecutiveFailures").GetInt32());

        var feed = JsonNode.Parse(await Ministry.GetStringAsync($"{V1}/events?after=0&limit=1000"))!["items"]!.AsArray();
        var pausedEvent = feed.Single(e => (string?)e!["type"] == "webhookSubscription.paused")!;
        Assert.Equal(id.ToString(), (string?)pausedEvent["subject"]!["id"]);
        Assert.Equal("webhookSubscription", (string?)pausedEvent["subject"]!["type"]);
        Assert.Equal(subscription.GetProperty("clientId").GetString(), (string?)pausedEvent["data"]!["clientId"]);
        Assert.Equal(2, (int)pausedEvent["data"]!["consecutiveFailures"]!);

        // Paused: a new event waits, nothing is sent, until the owner resumes.
        var before = receiver.Received.Count;
        receiver.Answer = _ => Task.FromResult(Results.NoContent());
        await RegisterAgencyAsync("Universitas Negeri Malang");
        await Task.Delay(1500);
        Assert.Equal(before, receiver.Received.Count);
        Assert.Contains(await DeliveriesAsync(reader, id), d => d.GetProperty("state").GetString() == "pending");

        using var resume = new HttpRequestMessage(HttpMethod.Patch, $"{Subscriptions}/{id}") { Content = JsonContent.Create(new { paused = false }, options: Json) };
        await Expect.StatusAsync(await reader.SendAsync(resume), HttpStatusCode.OK);
        var resumed = await WaitForDeliveriesAsync(reader, id, d => d.Any(x => x.GetProperty("state").GetString() == "delivered"));
        Assert.Equal(3, resumed.Count);
        Assert.Equal(0, (await reader.GetFromJsonAsync<JsonElement>($"{Subscriptions}/{id}", Json)).GetProperty("consecutiveFailures").GetInt32());
    }
}
