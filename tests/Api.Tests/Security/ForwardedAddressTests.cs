using System.Net;
using Jipp.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Jipp.Api.Tests.Security;

/// <summary>The service with low limits behind a load balancer in 10.0.0.0/8 (<c>Jipp:ForwardedHeaders:KnownNetworks</c>).</summary>
public sealed class BehindProxyFactory : ApiFactoryBase
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Jipp:RateLimiting:Enabled", "true");
        builder.UseSetting("Jipp:RateLimiting:AnonymousPermitsPerMinute", LowLimitsFactory.PerAddress.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Jipp:ForwardedHeaders:KnownNetworks:0", "10.0.0.0/8");
    }
}

public sealed class ForwardedAddressTests(BehindProxyFactory factory) : SecurityFactoryTest<BehindProxyFactory>(factory)
{
    private const string Proxy = "10.0.0.5";

    [Fact]
    public async Task Behind_a_known_proxy_each_anonymous_caller_has_its_own_allowance()
    {
        for (var i = 0; i < LowLimitsFactory.PerAddress; i++)
        {
            await Expect.StatusAsync(await ViaAsync(Proxy, "198.51.100.1"), HttpStatusCode.OK);
        }

        await Expect.ProblemAsync(await ViaAsync(Proxy, "198.51.100.1"), HttpStatusCode.TooManyRequests, "rate_limited");

        // Another caller behind the same balancer is not refused for the first one's requests.
        await Expect.StatusAsync(await ViaAsync(Proxy, "198.51.100.2"), HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_forwarded_address_from_anyone_else_is_not_believed()
    {
        // A caller that is not a known proxy cannot escape its limit by naming another address each time.
        for (var i = 0; i < LowLimitsFactory.PerAddress; i++)
        {
            await Expect.StatusAsync(await ViaAsync("203.0.113.50", $"198.51.100.{10 + i}"), HttpStatusCode.OK);
        }

        await Expect.ProblemAsync(await ViaAsync("203.0.113.50", "198.51.100.99"), HttpStatusCode.TooManyRequests, "rate_limited");
    }

    private Task<HttpResponseMessage> ViaAsync(string connectedFrom, string forwardedFor) =>
        FromAddressAsync(connectedFrom, "/api/v1/sectors", forwardedFor: forwardedFor);
}
