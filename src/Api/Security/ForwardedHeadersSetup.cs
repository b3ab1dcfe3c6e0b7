using IPNetwork = System.Net.IPNetwork;
using Microsoft.AspNetCore.HttpOverrides;

namespace Jipp.Api.Security;

/// <summary>
/// The caller's address behind a load balancer or gateway: with <c>Jipp:ForwardedHeaders:KnownNetworks</c> set (CIDR
/// ranges of the proxies in front of the service), <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> from those
/// addresses are believed, so that anonymous callers are limited per their own address and logs name it. Without the
/// setting no forwarded header is believed, whoever sends it: a caller cannot choose its address by a header.
/// </summary>
public static class ForwardedHeadersSetup
{
    public const string Section = "Jipp:ForwardedHeaders";

    public static IServiceCollection AddJippForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        var networks = KnownNetworks(configuration);
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;

            // Only the configured proxies, not the loopback that ASP.NET Core trusts by default; one hop each.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var network in networks)
            {
                options.KnownIPNetworks.Add(network);
            }

            options.ForwardLimit = 1;
        });
        return services;
    }

    /// <summary>Believes forwarded headers only when proxies are configured.</summary>
    public static IApplicationBuilder UseJippForwardedHeaders(this WebApplication app)
    {
        if (KnownNetworks(app.Configuration).Count > 0)
        {
            app.UseForwardedHeaders();
        }

        return app;
    }

    private static List<IPNetwork> KnownNetworks(IConfiguration configuration)
    {
        var ranges = configuration.GetSection(Section + ":KnownNetworks").Get<string[]>() ?? [];
        var networks = new List<IPNetwork>(ranges.Length);
        foreach (var range in ranges.Where(r => !string.IsNullOrWhiteSpace(r)))
        {
            if (!IPNetwork.TryParse(range.Trim(), out var network))
            {
                throw new InvalidOperationException($"{Section}:KnownNetworks: '{range}' is not a CIDR range (such as 10.0.0.0/8).");
            }

            networks.Add(network);
        }

        return networks;
    }
}
