using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using IPNetwork = System.Net.IPNetwork;

namespace DxMonitor.Web.Hosting;

/// <summary>
/// Behind a reverse proxy, the real client's address and scheme from X-Forwarded-For / -Proto, believed only when
/// the socket's peer is a proxy listed in <see cref="ProxyOptions"/>. Everything after reads the real client
/// from <c>Connection.RemoteIpAddress</c> and <c>Request.IsHttps</c>: rate limits, the audit, Secure cookies, HSTS.
/// </summary>
public static class ForwardedRequests
{
    public static void AddForwardedRequests(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ProxyOptions>().BindConfiguration(ProxyOptions.Section)
            .Validate(o => o.KnownProxies.All(p => IPAddress.TryParse(p, out _)), "Hosting:KnownProxies must list IP addresses, e.g. 10.0.0.5.")
            .Validate(o => o.KnownNetworks.All(n => IPNetwork.TryParse(n, out _)), "Hosting:KnownNetworks must list CIDR networks, e.g. 10.0.0.0/24.")
            .ValidateOnStart();
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((forwarded, proxies) =>
        {
            // The framework trusts loopback by default, and empty lists would trust everyone: with no proxy
            // configured, the forwarded headers are not read at all.
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            var anyProxy = proxies.Value.KnownProxies.Length + proxies.Value.KnownNetworks.Length > 0;
            forwarded.ForwardedHeaders = anyProxy ? ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto : ForwardedHeaders.None;
            foreach (var proxy in proxies.Value.KnownProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            }
            foreach (var network in proxies.Value.KnownNetworks)
            {
                forwarded.KnownIPNetworks.Add(IPNetwork.Parse(network));
            }
            // Walk X-Forwarded-For from the right while the hop is a trusted proxy; the first untrusted hop is the client.
            forwarded.ForwardLimit = null;
        });
    }
}
