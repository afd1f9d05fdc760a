namespace DxMonitor.Evaluator;

/// <summary>The network and CPU conditions a page is loaded under in Chromium.</summary>
public enum BrowserThrottling
{
    /// <summary>
    /// Lighthouse's mobile profile as Chromium applies it ("devtools" throttling): 4× slower CPU, 562.5 ms request
    /// latency (150 ms round trip × 3.75), 1,474.56 kbit/s down and 675 kbit/s up (1.6 Mbit/s and 750 kbit/s × 0.9).
    /// </summary>
    Mobile,

    /// <summary>The machine's own speed and network: faster than a phone, so the thresholds are stricter than they look.</summary>
    None,
}
