using System.Net;
using System.Net.Sockets;

namespace DxMonitor.Evaluator.Network;

/// <summary>
/// Which addresses the evaluator connects to: public ones, and those in networks an administrator allow-lists
/// (<see cref="EvaluatorOptions.AllowedNetworks"/>). Every connection the evaluator makes goes through
/// <see cref="ConnectAsync"/>, which resolves the name and connects only to an address it has just checked, so a name
/// that resolves, or rebinds between two lookups, to an internal address is refused like the address itself.
/// </summary>
public sealed class AddressRules(IReadOnlyList<IPNetwork> allowed)
{
    public static AddressRules From(EvaluatorOptions options) => new([.. options.AllowedNetworks.Select(n => IPNetwork.Parse(n))]);

    /// <summary>The forbidden network <paramref name="address"/> is in, or null when the evaluator may connect to it.</summary>
    public ForbiddenNetwork? Refusal(IPAddress address)
    {
        var reached = ForbiddenNetworks.Reached(address);
        return allowed.Any(n => n.Contains(reached) || n.Contains(address)) ? null : ForbiddenNetworks.Find(reached);
    }

    /// <summary>
    /// The addresses of <paramref name="host"/> (a name or an IP literal in any form the resolver reads, "127.1"
    /// included) that the evaluator may connect to; throws <see cref="AddressRefusedException"/> when there are none.
    /// </summary>
    public async Task<IPAddress[]> ResolveAsync(string host, CancellationToken ct)
    {
        // A literal is taken as it is: the resolver refuses to look up 0.0.0.0 and ::, which still reach this host.
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, ct);
        if (addresses.Length == 0)
        {
            throw new SocketException((int)SocketError.HostNotFound);
        }
        var permitted = addresses.Where(a => Refusal(a) is null).ToArray();
        if (permitted.Length == 0)
        {
            throw new AddressRefusedException(host, addresses[0], Refusal(addresses[0])!); // not permitted, so refused
        }
        return permitted;
    }

    /// <summary>A TCP connection to a permitted address of <paramref name="host"/>.</summary>
    public async Task<Socket> ConnectAsync(string host, int port, CancellationToken ct)
    {
        var addresses = await ResolveAsync(host, ct);
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, port, ct);
            return socket;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
