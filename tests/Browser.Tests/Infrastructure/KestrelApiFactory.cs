using System.Net;
using Jipp.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Jipp.Browser.Tests.Infrastructure;

/// <summary>
/// The service on a real socket (Kestrel on 127.0.0.1, a free port), so that a browser can reach it;
/// its own database, as for the HTTP tests.
/// </summary>
public sealed class KestrelApiFactory : ApiFactoryBase
{
    public KestrelApiFactory() => UseKestrel(options => options.Listen(IPAddress.Loopback, 0));

    /// <summary>The address the service listens on, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri BaseAddress
    {
        get
        {
            var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
            return new Uri(addresses.Single());
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);

        // A person clicking through Swagger UI never meets the limits; the test must not either.
        builder.UseSetting("Jipp:RateLimiting:Enabled", "false");
    }
}
