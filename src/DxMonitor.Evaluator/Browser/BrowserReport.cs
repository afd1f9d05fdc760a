using DxMonitor.Evaluator.Network;

namespace DxMonitor.Evaluator.Browser;

/// <summary>
/// What the page did in headless Chromium: load metrics from PerformanceObserver (milliseconds; CLS unitless) with
/// what caused them (the largest-paint element, the element that shifted most, the scripts behind long frames, the
/// largest resources), bytes transferred, console errors with where they happened, the mobile viewport, the page as
/// rendered after its scripts ran, and axe-core's WCAG 2.1 AA violations. <see cref="Error"/> is set when the page
/// could not be loaded or measured; a step that ran out of its own time keeps what the steps before it measured and
/// says so in <see cref="AxeNotRun"/>. <see cref="Refused"/> lists the requests not made because their address is forbidden.
/// </summary>
public sealed record BrowserReport
{
    public double? FirstContentfulPaint { get; init; }
    public double? LargestContentfulPaint { get; init; }
    public string? LargestPaintElement { get; init; }
    public double? TotalBlockingTime { get; init; }
    public int LongTasks { get; init; }

    /// <summary>Scripts by the main-thread time of their long frames, longest first: (URL, ms).</summary>
    public IReadOnlyList<KeyValuePair<string, double>> BlockingScripts { get; init; } = [];
    public double? CumulativeLayoutShift { get; init; }
    public string? ShiftedElement { get; init; }
    public long PageBytes { get; init; }
    public int Requests { get; init; }

    /// <summary>The largest resources: (URL, bytes), largest first.</summary>
    public IReadOnlyList<KeyValuePair<string, double>> LargestResources { get; init; } = [];
    public int Elements { get; init; }
    public IReadOnlyList<string> ConsoleErrors { get; init; } = [];
    public string? Viewport { get; init; }
    public int? HorizontalOverflow { get; init; }

    /// <summary>The document after Chromium ran its scripts (serialized DOM), at most the evaluator's size cap.</summary>
    public string? RenderedHtml { get; init; }
    public IReadOnlyList<AxeViolation> Violations { get; init; } = [];
    public bool AxeRan { get; init; }

    /// <summary>Why axe did not run (its time ran out, the page closed); null when it ran.</summary>
    public string? AxeNotRun { get; init; }

    /// <summary>Set when axe checked only part of a very large page: what part and why.</summary>
    public string? AxeSample { get; init; }

    /// <summary>The conditions of the load ("Mobile", "None").</summary>
    public string Throttling { get; init; } = "";
    public string? Error { get; init; }
    public IReadOnlyList<RefusedAddress>? Refused { get; init; }

    public static BrowserReport Failed(string error) => new() { Error = error };
}
