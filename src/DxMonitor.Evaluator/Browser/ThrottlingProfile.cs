using Microsoft.Playwright;

namespace DxMonitor.Evaluator.Browser;

/// <summary>
/// Applies <see cref="BrowserThrottling"/> to a page through the Chrome DevTools Protocol, as Lighthouse's
/// "devtools" throttling does: Network.emulateNetworkConditions and Emulation.setCPUThrottlingRate.
/// </summary>
public static class ThrottlingProfile
{
    /// <summary>Lighthouse's mobileSlow4G: 150 ms RTT and 1.6 Mbit/s, applied at the request level as 562.5 ms and 90 % of the throughput.</summary>
    public const double LatencyMs = 150 * 3.75;
    public const double DownloadKbps = 1.6 * 1024 * 0.9;
    public const double UploadKbps = 750 * 0.9;
    public const double CpuSlowdown = 4;

    /// <summary>Throttles the page; the session returned lifts it (<see cref="LiftAsync"/>), null when nothing was throttled.</summary>
    public static async Task<ICDPSession?> ApplyAsync(IBrowserContext context, IPage page, BrowserThrottling throttling)
    {
        if (throttling == BrowserThrottling.None)
        {
            return null;
        }
        var session = await context.NewCDPSessionAsync(page);
        await session.SendAsync("Network.enable");
        await session.SendAsync("Network.emulateNetworkConditions", new Dictionary<string, object>
        {
            ["offline"] = false,
            ["latency"] = LatencyMs,
            ["downloadThroughput"] = DownloadKbps * 1024 / 8,
            ["uploadThroughput"] = UploadKbps * 1024 / 8,
        });
        await session.SendAsync("Emulation.setCPUThrottlingRate", new Dictionary<string, object> { ["rate"] = CpuSlowdown });
        return session;
    }

    /// <summary>
    /// Back to full speed once the load is measured: the profile is for the load metrics, and axe, which Lighthouse also
    /// runs after its trace, would otherwise take four times its time.
    /// </summary>
    public static async Task LiftAsync(ICDPSession? session)
    {
        if (session is not null)
        {
            await session.SendAsync("Emulation.setCPUThrottlingRate", new Dictionary<string, object> { ["rate"] = 1 });
            await session.SendAsync("Network.emulateNetworkConditions", new Dictionary<string, object>
            {
                ["offline"] = false,
                ["latency"] = 0,
                ["downloadThroughput"] = -1,
                ["uploadThroughput"] = -1,
            });
        }
    }
}
