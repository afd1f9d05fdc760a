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

    public static async Task ApplyAsync(IBrowserContext context, IPage page, BrowserThrottling throttling)
    {
        if (throttling == BrowserThrottling.None)
        {
            return;
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
    }
}
