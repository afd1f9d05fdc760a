using DxMonitor.Evaluator.Network;

namespace DxMonitor.Evaluator.Browser;

/// <summary>
/// What the page did in headless Chromium: load metrics from PerformanceObserver (milliseconds; CLS unitless),
/// bytes transferred, console errors, the mobile viewport declaration and axe-core's WCAG 2.1 AA violations.
/// <see cref="Error"/> is set when the page could not be loaded or measured; <see cref="Refused"/> lists the requests
/// (navigations, sub-resources, scripts' fetches) not made because their address is forbidden.
/// </summary>
public sealed record BrowserReport(
    double? FirstContentfulPaint,
    double? LargestContentfulPaint,
    double? TotalBlockingTime,
    int LongTasks,
    double? CumulativeLayoutShift,
    long PageBytes,
    int Requests,
    IReadOnlyList<string> ConsoleErrors,
    string? Viewport,
    int? HorizontalOverflow,
    IReadOnlyList<AxeViolation> Violations,
    bool AxeRan,
    string? Error,
    IReadOnlyList<RefusedAddress>? Refused = null);
