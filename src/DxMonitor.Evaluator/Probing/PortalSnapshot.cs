using DxMonitor.Evaluator.Browser;
using DxMonitor.Evaluator.Network;

namespace DxMonitor.Evaluator.Probing;

/// <summary>
/// Everything the probe gathered about one portal; the checks read only this, so each is a pure function of it.
/// </summary>
public sealed record PortalSnapshot(
    Uri Url,
    DateTimeOffset ObservedAt,
    IReadOnlyList<ConnectionTiming> Probes,
    PageFetch? Home,
    TlsReport? Tls,
    IReadOnlyList<PageFetch> Pages,
    IReadOnlyList<LinkStatus> Links,
    BrowserReport? Browser,
    string? BrowserSkipped,
    bool TimedOut,
    RobotsReport? Robots = null)
{
    /// <summary>Every request of the evaluation refused for its address: page fetches, redirects, robots.txt, Chromium's.</summary>
    public IReadOnlyList<RefusedAddress> Refused =>
    [
        .. new[] { Home?.Refused, Robots?.Refused }.Concat(Pages.Select(p => p.Refused)).OfType<RefusedAddress>(),
        .. Browser?.Refused ?? [],
    ];
}
