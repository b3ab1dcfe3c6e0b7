using System.Net;
using System.Net.Sockets;
using Jipp.Application.Webhooks;
using Microsoft.Extensions.Options;

namespace Jipp.Infrastructure.Webhooks;

/// <summary>A delivery's host resolved to an address that webhooks may not call; nothing was sent.</summary>
public sealed class WebhookAddressRefusedException(string host, IPAddress address)
    : IOException($"{host} resolves to {address}, an address webhooks may not call (loopback, private, link-local, multicast, unspecified or metadata)")
{
    public string Host { get; } = host;

    public IPAddress Address { get; } = address;
}

/// <summary>
/// The only way a webhook delivery opens a connection (<see cref="SocketsHttpHandler.ConnectCallback"/>): it
/// resolves the host itself at every new connection, refuses the connection when any address the name resolves
/// to is not allowed (so a name that points at this machine or the private network, today or only at delivery
/// time, is never called), and connects to the checked addresses only, never resolving again in between.
/// </summary>
public sealed class WebhookConnector(IOptions<WebhookNetworkOptions> options)
{
    private readonly IReadOnlyList<IPNetwork> _allowed = options.Value.Networks;

    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken);
        if (addresses.Length == 0)
        {
            throw new IOException($"{host} resolves to no address");
        }

        foreach (var address in addresses)
        {
            if (!WebhookAddresses.IsAllowed(address, _allowed))
            {
                throw new WebhookAddressRefusedException(host, address);
            }
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
