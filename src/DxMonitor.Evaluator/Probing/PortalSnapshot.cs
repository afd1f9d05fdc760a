using DxMonitor.Evaluator.Browser;

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
    RobotsReport? Robots = null);
