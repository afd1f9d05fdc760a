using DxMonitor.Domain.Access;

namespace DxMonitor.Web.Monitoring;

/// <summary>
/// Values just stored for a unit, or just published; the engine of that <paramref name="View"/> applies them and
/// re-evaluates what depends on them.
/// </summary>
public sealed record ValuesChanged(int UnitId, IReadOnlyList<ChangedValue> Values, DataView View = DataView.Working)
{
    /// <summary>
    /// Reference data changed (units added, closed, merged; ADR 027): every instance reloads its engines. Written to
    /// the change log as a row for unit id 0, which no unit has.
    /// </summary>
    public static readonly ValuesChanged ReferenceData = new(0, []);

    public bool ReloadsEngines => UnitId == 0;
}

/// <summary>A cell's new figure; a null <paramref name="Value"/> clears it (a returned report's figures leave the working view).</summary>
public sealed record ChangedValue(int IndicatorId, string PeriodCode, decimal? Value, decimal? Denominator);
