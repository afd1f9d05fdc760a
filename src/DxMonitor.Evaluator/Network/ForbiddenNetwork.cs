using System.Net;

namespace DxMonitor.Evaluator.Network;

/// <summary>A network the evaluator does not connect to, and what kind it is ("127.0.0.0/8", "loopback").</summary>
public sealed record ForbiddenNetwork(IPNetwork Network, string Kind)
{
    public override string ToString() => $"{Network} ({Kind})";
}
