using Jipp.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Jipp.Client.Tests.Infrastructure;

/// <summary>The service on its own test database, called through the generated <see cref="JippClient"/>.</summary>
public sealed class ClientApiFactory : ApiFactoryBase
{
    /// <summary>A generated client that sends the given key (none: anonymous).</summary>
    public JippClient Client(string? apiKey = null) => new(CreateClient(apiKey));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);

        // The workflow makes many calls in a few seconds, as a batch integration would.
        builder.UseSetting("Jipp:RateLimiting:Enabled", "false");
    }
}
