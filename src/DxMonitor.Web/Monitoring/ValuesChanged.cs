using DxMonitor.Domain.Access;

namespace DxMonitor.Web.Monitoring;

/// <summary>
/// Values just stored for a unit, or just published; the engine of that <paramref name="View"/> applies them and
/// re-evaluates what depends on them.
/// </summary>
public sealed record ValuesChanged(int UnitId, IReadOnlyList<ChangedValue> Values, DataView View = DataView.Working)
{
    /// <summary>
    /// Not figures but the catalogue (indicators, targets) changed: the engines are rebuilt from it before the figures
    /// queued with it are applied. Travels in the same queue so that it keeps its place among the figures.
    /// </summary>
    public bool Catalogue { get; init; }

    public static ValuesChanged CatalogueChanged() => new(0, []) { Catalogue = true };
}

/// <summary>A cell's new figure; a null <paramref name="Value"/> clears it (a returned report's figures leave the working view).</summary>
public sealed record ChangedValue(int IndicatorId, string PeriodCode, decimal? Value, decimal? Denominator);
