using DxMonitor.Data.Monitoring;
using DxMonitor.Domain.Access;

namespace DxMonitor.Web.Monitoring;

/// <summary>
/// Values just stored for a unit, or just published; the engine of that <paramref name="View"/> applies them and
/// re-evaluates what depends on them. A <see cref="Kind"/> other than values is a signal with no unit and no values,
/// which travels in the same queue so that it keeps its place among the figures.
/// </summary>
public sealed record ValuesChanged(int UnitId, IReadOnlyList<ChangedValue> Values, DataView View = DataView.Working)
{
    public EngineChangeKind Kind { get; init; }

    /// <summary>Units added, closed or merged (ADR 027): every instance reloads its engines.</summary>
    public static readonly ValuesChanged ReferenceData = Signal(EngineChangeKind.ReferenceData);

    /// <summary>Indicators or targets changed (ADR 025): every instance rebuilds its engines with the catalogue.</summary>
    public static readonly ValuesChanged CatalogueChanged = Signal(EngineChangeKind.Catalogue);

    /// <summary>A methodology was adopted or an adopted one edited (ADR 026): every instance ranks again with those in force.</summary>
    public static readonly ValuesChanged MethodologiesChanged = Signal(EngineChangeKind.Methodologies);

    public static ValuesChanged Signal(EngineChangeKind kind) => new(0, []) { Kind = kind };
}

/// <summary>A cell's new figure; a null <paramref name="Value"/> clears it (a returned report's figures leave the working view).</summary>
public sealed record ChangedValue(int IndicatorId, string PeriodCode, decimal? Value, decimal? Denominator);
