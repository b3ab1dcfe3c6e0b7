using System.Net.Http.Json;
using System.Text.Json;
using Jipp.Api.Tests.Infrastructure;
using Jipp.Infrastructure.Webhooks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;

namespace Jipp.Api.Tests.Webhooks;

/// <summary>
/// The service with webhooks that may call this machine (127.0.0.0/8 allowed, as a private deployment would allow
/// its own network) and whose delivery client trusts the test receivers' certificate, and nothing else besides the
/// system's roots. The connector that checks addresses stays in place: only certificate validation is changed.
/// </summary>
public class WebhookFactory : ApiFactoryBase
{
    protected virtual string? AllowedNetworks => "127.0.0.0/8";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (AllowedNetworks is { } allowed)
        {
            builder.UseSetting("Jipp:Webhooks:AllowedNetworks", allowed);
        }

        builder.UseSetting("Jipp:Webhooks:PollIntervalMilliseconds", "100");
        builder.UseSetting("Jipp:Webhooks:RetryBudgetSeconds", "30");
        builder.UseSetting("Jipp:Webhooks:PauseAfterFailures", "3");
        builder.ConfigureServices(services => TrustTestReceivers(services));
    }

    public static void TrustTestReceivers(IServiceCollection services) =>
        services.Configure<HttpClientFactoryOptions>(WebhookDispatcher.HttpClientName, options =>
            options.HttpMessageHandlerBuilderActions.Add(handler =>
            {
                var primary = (SocketsHttpHandler)handler.PrimaryHandler;
                primary.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, errors) =>
                    errors == System.Net.Security.SslPolicyErrors.None
                    || (certificate is not null && certificate.GetCertHashString() == WebhookReceiver.Certificate.GetCertHashString());
            }));
}

/// <summary>The service as deployed: no network is allowed besides public ones; the receivers' certificate is trusted, so that only the address decides.</summary>
public sealed class NoPrivateNetworksFactory : WebhookFactory
{
    protected override string? AllowedNetworks => null;
}

/// <summary>A short retry budget: deliveries fail within seconds, and two failures in a row pause a subscription.</summary>
public sealed class ShortBudgetFactory : WebhookFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Jipp:Webhooks:RetryBudgetSeconds", "1.5");
        builder.UseSetting("Jipp:Webhooks:PauseAfterFailures", "2");
    }
}

/// <summary>The delivery worker off: the test drives the store and the dispatcher itself, as a crashed instance would leave them.</summary>
public sealed class ManualDispatchFactory : WebhookFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Jipp:Webhooks:PollIntervalMilliseconds", "0");
        builder.UseSetting("Jipp:Webhooks:AttemptTimeoutSeconds", "1");
        builder.UseSetting("Jipp:Webhooks:LeaseSeconds", "2");
    }
}

/// <summary>Base of the webhook tests: a database reset before each test, a ministry client, and helpers.</summary>
public abstract class WebhookTest<TFactory>(TFactory factory) : IClassFixture<TFactory>, IAsyncLifetime
    where TFactory : ApiFactoryBase
{
    protected const string V1 = "/api/v1";
    protected const string Subscriptions = "/api/v1/webhook-subscriptions";

    protected static JsonSerializerOptions Json => ApiTest.Json;

    protected TFactory Factory { get; } = factory;

    protected HttpClient Ministry { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        await Factory.ResetAsync();
        Ministry = Factory.CreateClient(ApiFactory.AdminKey);
    }

    public virtual Task DisposeAsync() => Task.CompletedTask;

    protected async Task<HttpClient> ReaderAsync(string name = "reader")
    {
        var response = await Ministry.PostAsJsonAsync($"{V1}/api-clients", new { name, role = "reader" }, Json);
        await Expect.StatusAsync(response, System.Net.HttpStatusCode.Created);
        return Factory.CreateClient((await response.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("key").GetString());
    }

    /// <summary>Subscribes and returns the answer: <c>subscription</c> and <c>secret</c>.</summary>
    protected async Task<JsonElement> SubscribeAsync(HttpClient client, string url, params string[] eventTypes)
    {
        var response = await client.PostAsJsonAsync(Subscriptions, new { url, eventTypes, description = "Sistem informasi pelayanan publik" }, Json);
        await Expect.StatusAsync(response, System.Net.HttpStatusCode.Created);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Json);
    }

    /// <summary>Registers an agency: one agency.registered event whose subject is the new agency.</summary>
    protected async Task<Guid> RegisterAgencyAsync(string name)
    {
        var response = await Ministry.PostAsJsonAsync($"{V1}/agencies", new { name, type = "university", regencyCode = "35.78" }, Json);
        await Expect.StatusAsync(response, System.Net.HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetGuid();
    }

    /// <summary>The delivery log of a subscription (first page of 100).</summary>
    protected async Task<List<JsonElement>> DeliveriesAsync(HttpClient client, Guid subscription) =>
        [.. (await client.GetFromJsonAsync<JsonElement>($"{Subscriptions}/{subscription}/deliveries?pageSize=100", Json)).GetProperty("items").EnumerateArray()];

    /// <summary>Waits until the delivery log satisfies the condition.</summary>
    protected async Task<List<JsonElement>> WaitForDeliveriesAsync(HttpClient client, Guid subscription, Func<List<JsonElement>, bool> condition, int seconds = 20)
    {
        var until = DateTimeOffset.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var deliveries = await DeliveriesAsync(client, subscription);
            if (condition(deliveries))
            {
                return deliveries;
            }

            Assert.True(DateTimeOffset.UtcNow < until, $"The delivery log did not reach the expected state in {seconds} s: {JsonSerializer.Serialize(deliveries)}");
            await Task.Delay(100);
        }
    }
}
