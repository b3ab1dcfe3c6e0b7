using System.Net;

namespace Jipp.Application.Webhooks;

/// <summary>Which networks webhooks may call, bound from <c>Jipp:Webhooks</c>.</summary>
public sealed class WebhookNetworkOptions
{
    public const string SectionName = "Jipp:Webhooks";

    public const string AllowedNetworksKey = SectionName + ":AllowedNetworks";

    /// <summary>
    /// <c>Jipp:Webhooks:AllowedNetworks</c>: CIDR ranges (such as <c>10.20.0.0/16</c>) that may be called although
    /// they are loopback, private or link-local: for tests and private deployments. Empty by default. Given as a
    /// list (<c>Jipp__Webhooks__AllowedNetworks__0</c>, …) or as one value separated by commas.
    /// </summary>
    public List<string> AllowedNetworks { get; init; } = [];

    /// <summary>Reads the allowed networks from configuration, as a list or as one comma-separated value.</summary>
    public static void Bind(WebhookNetworkOptions options, Microsoft.Extensions.Configuration.IConfiguration configuration)
    {
        var section = configuration.GetSection(AllowedNetworksKey);
        var values = section.Value is { } single ? [single] : section.GetChildren().Select(c => c.Value ?? string.Empty);
        options.AllowedNetworks.AddRange(values
            .SelectMany(v => v.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
    }

    /// <summary>The parsed ranges; a range that does not parse fails the start (options validation).</summary>
    public IReadOnlyList<IPNetwork> Networks => [.. AllowedNetworks.Select(n => IPNetwork.Parse(n.Trim()))];

    public bool IsValid => AllowedNetworks.All(n => IPNetwork.TryParse(n.Trim(), out _));
}

/// <summary>
/// Which addresses a webhook may be delivered to. Loopback, private (RFC 1918, CGNAT, unique-local), link-local,
/// multicast, unspecified, broadcast, documentation-free reserved ranges and cloud metadata addresses are refused
/// unless an allowed network names them; IPv4-mapped IPv6 addresses are judged as the IPv4 address they map.
/// </summary>
public static class WebhookAddresses
{
    private static readonly IPNetwork[] Refused =
    [
        IPNetwork.Parse("0.0.0.0/8"), // "this" network, unspecified
        IPNetwork.Parse("10.0.0.0/8"),
        IPNetwork.Parse("100.64.0.0/10"), // carrier-grade NAT
        IPNetwork.Parse("127.0.0.0/8"),
        IPNetwork.Parse("169.254.0.0/16"), // link-local, with the cloud metadata address 169.254.169.254
        IPNetwork.Parse("172.16.0.0/12"),
        IPNetwork.Parse("192.0.0.0/24"), // IETF protocol assignments
        IPNetwork.Parse("192.168.0.0/16"),
        IPNetwork.Parse("198.18.0.0/15"), // benchmarking
        IPNetwork.Parse("224.0.0.0/4"), // multicast
        IPNetwork.Parse("240.0.0.0/4"), // reserved, with broadcast
        IPNetwork.Parse("::/128"), // unspecified
        IPNetwork.Parse("::1/128"),
        IPNetwork.Parse("64:ff9b::/96"), // NAT64: may reach any IPv4 address, private ones too
        IPNetwork.Parse("fc00::/7"), // unique local, with the cloud metadata address fd00:ec2::254
        IPNetwork.Parse("fe80::/10"),
        IPNetwork.Parse("ff00::/8"), // multicast
    ];

    /// <summary>The address in the form it is judged in: an IPv4-mapped IPv6 address as its IPv4 address.</summary>
    public static IPAddress Normalise(IPAddress address) => address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;

    /// <summary>Whether a delivery may connect to the address, given the allowed networks.</summary>
    public static bool IsAllowed(IPAddress address, IReadOnlyList<IPNetwork> allowed)
    {
        var judged = Normalise(address);
        if (allowed.Any(n => n.BaseAddress.AddressFamily == judged.AddressFamily && n.Contains(judged)))
        {
            return true;
        }

        // Site-local (fec0::/10, deprecated) is private too.
        return !judged.IsIPv6SiteLocal && !Refused.Any(n => n.BaseAddress.AddressFamily == judged.AddressFamily && n.Contains(judged));
    }

    /// <summary>
    /// Whether a subscription's URL is acceptable: absolute <c>https</c>, with a host, without user information
    /// and without a fragment; a literal address must be an allowed one. Names are judged when delivering, by
    /// every address they then resolve to.
    /// </summary>
    public static bool IsAcceptableUrl(string? url, IReadOnlyList<IPNetwork> allowed)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri))
        {
            return false;
        }

        if (uri.Scheme != Uri.UriSchemeHttps || string.IsNullOrEmpty(uri.Host) || uri.UserInfo.Length > 0 || uri.Fragment.Length > 0)
        {
            return false;
        }

        return uri.HostNameType is not (UriHostNameType.IPv4 or UriHostNameType.IPv6)
            || IsAllowed(IPAddress.Parse(uri.IdnHost.Trim('[', ']')), allowed);
    }
}
