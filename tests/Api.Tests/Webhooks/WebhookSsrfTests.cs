using System.Net.Http.Json;
using Jipp.Api.Tests.Infrastructure;

namespace Jipp.Api.Tests.Webhooks;

/// <summary>
/// OWASP API7 for webhooks, as deployed (no private network allowed): literal private addresses are refused when
/// subscribing, and a name that resolves to this machine is refused at delivery time, with nothing sent.
/// </summary>
public sealed class WebhookSsrfTests(NoPrivateNetworksFactory factory) : WebhookTest<NoPrivateNetworksFactory>(factory)
{
    [Theory]
    [InlineData("https://127.0.0.1:{port}/hook")]
    [InlineData("https://10.0.0.7/hook")]
    [InlineData("https://172.20.1.1/hook")]
    [InlineData("https://192.168.0.10/hook")]
    [InlineData("https://100.64.1.1/hook")]
    [InlineData("https://169.254.169.254/latest/meta-data/iam/")]
    [InlineData("https://[::1]:{port}/hook")]
    [InlineData("https://[::ffff:127.0.0.1]:{port}/hook")]
    [InlineData("https://[fd00:ec2::254]/")]
    [InlineData("https://[fe80::1]/hook")]
    [InlineData("https://0.0.0.0:{port}/hook")]
    public async Task Literal_private_addresses_are_refused_and_nothing_is_sent(string url)
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var reader = await ReaderAsync();

        var response = await reader.PostAsJsonAsync(Subscriptions, new { url = url.Replace("{port}", receiver.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal) }, Json);

        await Expect.ValidationProblemAsync(response, "url");
        await RegisterAgencyAsync("Universitas Airlangga");
        await Task.Delay(500);
        Assert.Empty(receiver.Received);
    }

    [Fact]
    public async Task A_name_that_resolves_to_a_loopback_address_at_delivery_is_refused_and_nothing_is_sent()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var reader = await ReaderAsync();
        var id = (await SubscribeAsync(reader, receiver.Url("localhost"), "agency.registered")).GetProperty("subscription").GetProperty("id").GetGuid();

        await RegisterAgencyAsync("Universitas Airlangga");
        var deliveries = await WaitForDeliveriesAsync(reader, id, d => d.Count == 1 && d[0].GetProperty("attempts").GetInt32() >= 1 && d[0].GetProperty("lastError").ValueKind == System.Text.Json.JsonValueKind.String);

        var error = deliveries[0].GetProperty("lastError").GetString()!;
        Assert.StartsWith("refused: localhost resolves to ", error, StringComparison.Ordinal);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, deliveries[0].GetProperty("lastStatusCode").ValueKind);
        Assert.Empty(receiver.Received);
    }

    [Fact]
    public async Task Changing_the_url_to_a_private_address_is_refused()
    {
        var reader = await ReaderAsync();
        var id = (await SubscribeAsync(reader, "https://sipp.jatimprov.go.id/hook")).GetProperty("subscription").GetProperty("id").GetGuid();
        using var patch = new HttpRequestMessage(HttpMethod.Patch, $"{Subscriptions}/{id}") { Content = JsonContent.Create(new { url = "https://169.254.169.254/" }, options: Json) };

        await Expect.ValidationProblemAsync(await reader.SendAsync(patch), "url");
    }
}
