using DxMonitor.Domain.Units;

namespace DxMonitor.Web.Targets;

/// <summary>A target: the nation, or every unit of the scope level, must reach the value by the deadline; a retired one is kept for history.</summary>
public sealed record TargetResponse(
    int Id, string Indicator, UnitLevel Scope, decimal Value, decimal? BaselineValue, string? BaselinePeriod,
    DateOnly Deadline, string LegalSourceVi, string LegalSourceEn, string? Source, DateOnly? RetiredOn = null);
