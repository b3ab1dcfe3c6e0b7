using Jipp.Infrastructure.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Jipp.Api.Tests.Webhooks;

/// <summary>An instance that claimed a delivery and died: after the lease another attempt delivers it, with the same webhook-id; fan-out happens once.</summary>
public sealed class WebhookLeaseTests(ManualDispatchFactory factory) : WebhookTest<ManualDispatchFactory>(factory)
{
    [Fact]
    public async Task A_delivery_claimed_by_an_instance_that_crashed_is_delivered_after_its_lease_with_the_same_id()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var reader = await ReaderAsync();
        var id = (await SubscribeAsync(reader, receiver.Url(), "agency.registered")).GetProperty("subscription").GetProperty("id").GetGuid();
        await RegisterAgencyAsync("Universitas Negeri Surabaya");
        var store = Factory.Services.GetRequiredService<WebhookStore>();
        var dispatcher = Factory.Services.GetRequiredService<WebhookDispatcher>();
        await Factory.Services.GetRequiredService<Jipp.Application.Common.Interfaces.IEventFeed>().StampAsync(CancellationToken.None);

        // Fan-out twice (two instances, one after the other): one delivery.
        Assert.Equal(1, await store.FanOutAsync(500, CancellationToken.None));
        Assert.Equal(0, await store.FanOutAsync(500, CancellationToken.None));

        // The crashed instance: it claimed the delivery and never reported.
        var crashed = Assert.Single(await store.ClaimAsync(10, TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(5), CancellationToken.None));
        Assert.Equal(0, await dispatcher.RunOnceAsync(CancellationToken.None));
        Assert.Empty(receiver.Received);

        await Task.Delay(2500);
        Assert.Equal(1, await dispatcher.RunOnceAsync(CancellationToken.None));

        var received = Assert.Single(receiver.Received);
        Assert.Equal(crashed.EventId.ToString(), received.Id);
        var delivery = Assert.Single(await DeliveriesAsync(reader, id));
        Assert.Equal("delivered", delivery.GetProperty("state").GetString());
        Assert.Equal(2, delivery.GetProperty("attempts").GetInt32());
    }

    [Fact]
    public async Task Concurrent_fan_outs_and_claims_make_one_delivery_per_event_and_claim_it_once()
    {
        var reader = await ReaderAsync();
        await SubscribeAsync(reader, "https://sipp.jatimprov.go.id/hook", "agency.registered");
        for (var i = 0; i < 20; i++)
        {
            await RegisterAgencyAsync($"Sekolah Tinggi {i}");
        }

        var store = Factory.Services.GetRequiredService<WebhookStore>();
        await Factory.Services.GetRequiredService<Jipp.Application.Common.Interfaces.IEventFeed>().StampAsync(CancellationToken.None);

        var added = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => store.FanOutAsync(7, CancellationToken.None))));
        var claims = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => store.ClaimAsync(50, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), CancellationToken.None))));

        Assert.Equal(20, added.Sum() + await store.FanOutAsync(500, CancellationToken.None));
        var claimed = claims.SelectMany(c => c).ToList();
        Assert.Equal(20, claimed.Count);
        Assert.Equal(20, claimed.Select(c => c.Id).Distinct().Count());
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM webhook_deliveries", connection);
        Assert.Equal(20L, (long)(await count.ExecuteScalarAsync())!);
    }
}
