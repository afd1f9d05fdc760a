using DxMonitor.Domain.Access;
using DxMonitor.Domain.Indicators;

namespace DxMonitor.Web.Values;

/// <summary>When the public sees a stored value.</summary>
public enum Publication
{
    /// <summary>At once: national staff publish what they write.</summary>
    AsWritten,

    /// <summary>When an analyst publishes it (an accepted report).</summary>
    Later,

    /// <summary>
    /// A derived figure: when an analyst publishes it, or at once if the indicator's auto-publish rule is on and the
    /// public has never seen a figure for that period. A change to a published figure always waits for an analyst.
    /// </summary>
    ByIndicatorRule,
}

/// <summary>
/// Who stores values, by which path, and when the public sees them. The path must own the indicator
/// (<see cref="FigureOwner"/>); <paramref name="Via"/> is kept on the value and its audit trail. A figure of a
/// report under review or accepted is locked to every writer but that report's own acceptance
/// (<paramref name="AcceptedReportId"/>).
/// </summary>
public sealed record ValueWriter(Actor Actor, FigureOwner Path, Publication Publication, string Via, int? AcceptedReportId = null)
{
    /// <summary>National staff writing a reported figure directly (API, import): published as written.</summary>
    public static ValueWriter Direct(Actor national) => new(national, FigureOwner.Reported, Publication.AsWritten, "direct");

    /// <summary>An analyst accepting a unit's report: the values wait for the report's publication.</summary>
    public static ValueWriter Acceptance(Actor reviewer, string round, int reportId) =>
        new(reviewer, FigureOwner.Reported, Publication.Later, $"report:{round}", reportId);

    /// <summary>A figure recomputed from its records (dossiers, a registry, portal evaluations) after <paramref name="by"/> changed them.</summary>
    public static ValueWriter Derived(string by, FigureOwner path, string via) =>
        new(new Actor(by, Role.NationalAnalyst, null, false), path, Publication.ByIndicatorRule, via);
}
