using System.Net;
using System.Net.Sockets;

namespace DxMonitor.Evaluator.Network;

/// <summary>
/// The networks that are not the public internet: loopback, private (RFC 1918, unique local fc00::/7), link-local
/// (169.254/16, fe80::/10), shared carrier-grade NAT (100.64/10), multicast, unspecified, reserved and deprecated
/// IPv6 ranges. IPv6 forms that carry an IPv4 address (IPv4-mapped ::ffff:0:0/96, NAT64 64:ff9b::/96, 6to4 2002::/16)
/// are judged by the IPv4 address they carry, so ::ffff:127.0.0.1 is loopback.
/// </summary>
public static class ForbiddenNetworks
{
    private static readonly (IPNetwork Network, string Kind)[] Ranges =
    [
        (IPNetwork.Parse("0.0.0.0/8"), "unspecified"),
        (IPNetwork.Parse("10.0.0.0/8"), "private"),
        (IPNetwork.Parse("100.64.0.0/10"), "shared (carrier-grade NAT)"),
        (IPNetwork.Parse("127.0.0.0/8"), "loopback"),
        (IPNetwork.Parse("169.254.0.0/16"), "link-local"),
        (IPNetwork.Parse("172.16.0.0/12"), "private"),
        (IPNetwork.Parse("192.168.0.0/16"), "private"),
        (IPNetwork.Parse("224.0.0.0/4"), "multicast"),
        (IPNetwork.Parse("240.0.0.0/4"), "reserved"),
        (IPNetwork.Parse("::/128"), "unspecified"),
        (IPNetwork.Parse("::1/128"), "loopback"),
        (IPNetwork.Parse("::/96"), "IPv4-compatible (deprecated)"),
        (IPNetwork.Parse("fc00::/7"), "private (unique local)"),
        (IPNetwork.Parse("fe80::/10"), "link-local"),
        (IPNetwork.Parse("fec0::/10"), "site-local (deprecated)"),
        (IPNetwork.Parse("ff00::/8"), "multicast"),
    ];

    private static readonly IPNetwork Nat64 = IPNetwork.Parse("64:ff9b::/96");
    private static readonly IPNetwork SixToFour = IPNetwork.Parse("2002::/16");

    /// <summary>The forbidden network <paramref name="address"/> is in, or null for a public address.</summary>
    public static ForbiddenNetwork? Find(IPAddress address)
    {
        var reached = Reached(address);
        foreach (var (network, kind) in Ranges)
        {
            if (network.Contains(reached))
            {
                return new ForbiddenNetwork(network, kind);
            }
        }
        return null;
    }

    /// <summary>The address a connection to <paramref name="address"/> reaches: the IPv4 address an IPv6 form carries, else itself.</summary>
    public static IPAddress Reached(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4();
        }
        if (address.AddressFamily == AddressFamily.InterNetworkV6 && (Nat64.Contains(address) || SixToFour.Contains(address)))
        {
            var bytes = address.GetAddressBytes();
            return new IPAddress(Nat64.Contains(address) ? bytes.AsSpan(12, 4) : bytes.AsSpan(2, 4));
        }
        return address;
    }
}
