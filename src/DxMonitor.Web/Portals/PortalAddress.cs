using System.Net.Sockets;
using DxMonitor.Evaluator.Network;

namespace DxMonitor.Web.Portals;

/// <summary>
/// The check at registration that a portal's address is on the internet: its name is resolved now and refused when
/// every address is in a forbidden network (loopback, private, link-local…) not allow-listed. A name that does not
/// resolve, or not in time, is accepted: the evaluation grades it, and every connection it makes is checked again.
/// </summary>
public static class PortalAddress
{
    private static readonly TimeSpan LookupTime = TimeSpan.FromSeconds(5);

    public static async Task<AddressRefusedException?> RefusalAsync(Uri url, AddressRules rules, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(LookupTime);
        try
        {
            await rules.ResolveAsync(url.DnsSafeHost, timeout.Token);
            return null;
        }
        catch (AddressRefusedException refused)
        {
            return refused;
        }
        catch (Exception e) when (e is SocketException or ArgumentException || e is OperationCanceledException && !ct.IsCancellationRequested)
        {
            return null;
        }
    }
}
