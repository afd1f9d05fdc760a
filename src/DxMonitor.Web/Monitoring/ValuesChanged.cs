namespace DxMonitor.Web.Monitoring;

/// <summary>Values just stored for a unit; the engine applies them and re-evaluates what depends on them.</summary>
public sealed record ValuesChanged(int UnitId, IReadOnlyList<ChangedValue> Values);

public sealed record ChangedValue(int IndicatorId, string PeriodCode, decimal Value, decimal? Denominator);
