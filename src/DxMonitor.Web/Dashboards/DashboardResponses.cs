using DxMonitor.Domain.Engine;
using DxMonitor.Domain.Progress;
using DxMonitor.Domain.Units;

namespace DxMonitor.Web.Dashboards;

/// <summary>One period's value in a trend; null where nothing was reported or rolled up.</summary>
public sealed record TrendPoint(string Period, double? Value);

/// <summary>
/// A headline figure: the latest value against its target, the status colour, its trend, and for a unit whose
/// figure is rolled up from units below it, how many of them reported it (<paramref name="Covered"/> of <paramref name="Reporting"/>).
/// </summary>
public sealed record Headline(
    string Indicator, string Unit, double? Latest, DateOnly? LatestAt, double TargetValue, DateOnly Deadline, ProgressStatus Status,
    double? Expected, IReadOnlyList<TrendPoint> Trend, int? Covered = null, int? Reporting = null);

/// <summary>A province on the map with its value (null: no data).</summary>
public sealed record MapArea(string Unit, string NameVi, string NameEn, double? Value);

/// <summary>What the map shows: the period, the boundary file valid at its end, and every province's value.</summary>
public sealed record MapView(string Period, string Boundaries, IReadOnlyList<MapArea> Areas);

/// <summary>A unit's place by an indicator for a year, with the change from the year before.</summary>
public sealed record IndicatorRankingRow(
    int Rank, string Unit, string NameVi, string NameEn, double Value, double? Previous, double? Change, int? PreviousRank);

public sealed record IndicatorRankingResponse(string Indicator, int Year, UnitLevel Level, IReadOnlyList<IndicatorRankingRow> Rows);

/// <summary>A unit's latest value of one indicator, where it came from, and its progress if it has a target.</summary>
public sealed record UnitFigure(string Indicator, string? Period, double? Value, CellSource Source, ProgressStatus? Status, double? Target, DateOnly? Deadline);

/// <summary>A unit in the drill-down: its code, names and level.</summary>
public sealed record UnitLink(string Code, string NameVi, string NameEn, UnitLevel Level);

/// <summary>One unit's page: where it sits, what is below it, its figures and targets.</summary>
public sealed record UnitView(
    UnitLink Unit, DateOnly? ValidFrom, DateOnly? ValidTo, IReadOnlyList<UnitLink> Ancestors, IReadOnlyList<UnitLink> Children,
    IReadOnlyList<UnitFigure> Figures, IReadOnlyList<Headline> Targets);
