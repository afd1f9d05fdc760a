namespace DxMonitor.Web.Hosting;

/// <summary>
/// The reverse proxies whose X-Forwarded-For / X-Forwarded-Proto are believed (section "Hosting"). Empty, the
/// default, believes nobody: the client is the socket's peer and the scheme is the connection's.
/// </summary>
public sealed class ProxyOptions
{
    public const string Section = "Hosting";

    /// <summary>Addresses of trusted proxies, e.g. "10.0.0.5" or "::1".</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks of trusted proxies in CIDR notation, e.g. "10.0.0.0/24".</summary>
    public string[] KnownNetworks { get; set; } = [];
}
