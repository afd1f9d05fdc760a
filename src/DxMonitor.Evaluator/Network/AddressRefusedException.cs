using System.Net;

namespace DxMonitor.Evaluator.Network;

/// <summary>
/// The evaluator refused to connect: every address <see cref="Host"/> resolves to is in a forbidden network. An
/// <see cref="IOException"/>, so probes that report network failures report this one too.
/// </summary>
public sealed class AddressRefusedException(string host, IPAddress address, ForbiddenNetwork network)
    : IOException(Describe(host, address, network))
{
    public string Host { get; } = host;

    public IPAddress Address { get; } = address;

    public ForbiddenNetwork Network { get; } = network;

    private static string Describe(string host, IPAddress address, ForbiddenNetwork network) =>
        (IPAddress.TryParse(host, out _) ? $"{address} is" : $"{host} resolves to {address},") +
        $" in {network}: the evaluator connects only to public addresses (an administrator may allow a network in Evaluator:AllowedNetworks)";
}
