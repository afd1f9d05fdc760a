using System.Net;

namespace DxMonitor.Evaluator.Network;

/// <summary>A request of the evaluation that was not made because its address is forbidden, and what asked for it.</summary>
public sealed record RefusedAddress(Uri Url, IPAddress Address, ForbiddenNetwork Network, string RequestedBy)
{
    public static RefusedAddress Of(Uri url, AddressRefusedException refused, string requestedBy) => new(url, refused.Address, refused.Network, requestedBy);
}
