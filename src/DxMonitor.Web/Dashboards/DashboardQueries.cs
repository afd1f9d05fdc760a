using DxMonitor.Domain.DxIndex;
using DxMonitor.Domain.Engine;
using DxMonitor.Domain.Periods;
using DxMonitor.Domain.Units;
using DxMonitor.Web.Monitoring;
using DxMonitor.Web.Resources;
using DxMonitor.Web.Units;

namespace DxMonitor.Web.Dashboards;

/// <summary>Reads of the engine for the dashboards, map, indicator rankings and unit pages, shared by the API and the pages.</summary>
public static class DashboardQueries
{
    /// <summary>How many periods a trend shows, ending with the period that contains today.</summary>
    public const int TrendLength = 12;

    public static int? UnitIndex(MonitoringSnapshot s, string code)
    {
        var units = s.Engine.Units.Units;
        for (var i = 0; i < units.Count; i++)
        {
            if (units[i].Code == code)
            {
                return i;
            }
        }
        return null;
    }

    /// <summary>A unit's progress against each of its targets, with the indicator's trend up to today.</summary>
    public static List<Headline> Headlines(MonitoringSnapshot s, int unit, DateOnly today) =>
        [.. s.Result.Progress.Where(p => p.Unit == unit).Select(p =>
        {
            var spec = s.Targets.First(t => t.TargetId == p.TargetId).Spec;
            var r = p.Result;
            var coverage = r.Latest is { } latest ? Coverage.Of(s.Engine, p.Indicator, unit, Period.Containing(latest.At, s.Engine.Indicators[p.Indicator].PeriodType)) : null;
            return new Headline(s.Engine.Indicators[p.Indicator].Code, s.Engine.Units.Units[unit].Code, r.Latest?.Value, r.Latest?.At,
                spec.Value, spec.Deadline, r.Status, r.Expected, Trend(s, p.Indicator, unit, today), coverage?.WithValue, coverage?.Expected);
        }).OrderBy(h => h.Status == Domain.Progress.ProgressStatus.NoData).ThenByDescending(h => h.Status).ThenBy(h => h.Indicator, StringComparer.Ordinal)];

    /// <summary>
    /// The last <see cref="TrendLength"/> periods of an indicator for a unit up to its latest value on or before
    /// <paramref name="today"/> (up to today when it has none).
    /// </summary>
    public static List<TrendPoint> Trend(MonitoringSnapshot s, int indicator, int unit, DateOnly today)
    {
        var axis = s.Engine.AxisOf(indicator);
        var current = axis.IndexOf(Period.Containing(today, axis.Type));
        current = current < 0 ? axis.Count - 1 : current;
        var last = current;
        while (last >= 0 && !s.Engine.Resolve(indicator, unit, axis.Periods[last]).HasValue)
        {
            last--;
        }
        last = last < 0 ? current : last;
        var points = new List<TrendPoint>(TrendLength);
        for (var p = Math.Max(0, last - TrendLength + 1); p <= last; p++)
        {
            var cell = s.Engine.Resolve(indicator, unit, axis.Periods[p]);
            points.Add(new TrendPoint(axis.Periods[p].Code, cell.HasValue ? Math.Round(cell.Value, 4) : null));
        }
        return points;
    }

    /// <summary>
    /// The trends of the indicators the unit itself reported (at least twice in the window) that have no target for it:
    /// for the nation, the national figures of the reports.
    /// </summary>
    public static List<(string Indicator, List<TrendPoint> Trend)> OtherTrends(MonitoringSnapshot s, int unit, DateOnly today, IReadOnlySet<string> except)
    {
        var trends = new List<(string, List<TrendPoint>)>();
        for (var i = 0; i < s.Engine.Indicators.Count; i++)
        {
            var code = s.Engine.Indicators[i].Code;
            if (!except.Contains(code) && Trend(s, i, unit, today) is { } trend && trend.Count(p => Reported(s, i, unit, p.Period)) >= 2)
            {
                trends.Add((code, trend));
            }
        }
        return trends;
    }

    /// <summary>Every province valid at the end of the period with the indicator's value for the period of its own type containing that day.</summary>
    public static MapView Map(MonitoringSnapshot s, int indicator, Period period)
    {
        var own = Period.Containing(period.End, s.Engine.Indicators[indicator].PeriodType);
        var areas = ProvincesOn(s, period.End).Select(u =>
        {
            var cell = s.Engine.Resolve(indicator, u, own);
            return Area(s, u, cell.HasValue ? Math.Round(cell.Value, 4) : null);
        }).ToList();
        return new MapView(own.Code, MapBoundaries.For(own.End), areas);
    }

    /// <summary>
    /// A province's communes valid at the period's end with the indicator's value (none for a commune the engine holds no
    /// figure of), drawn from the province's commune boundaries.
    /// </summary>
    public static MapView CommuneMap(MonitoringSnapshot s, int indicator, Period period, OrgUnit province, UnitDirectory units)
    {
        var own = Period.Containing(period.End, s.Engine.Indicators[indicator].PeriodType);
        var graph = s.Engine.Units;
        var areas = units.All.Where(u => u.ParentId == province.Id && u.Level == UnitLevel.Commune && u.IsValidOn(own.End)).Select(u =>
        {
            double? value = graph.IndexOf.TryGetValue(u.Id, out var index) && s.Engine.Resolve(indicator, index, own) is { HasValue: true } cell
                ? Math.Round(cell.Value, 4) : null;
            return new MapArea(u.Code, u.NameVi, u.NameEn, value);
        }).ToList();
        return new MapView(own.Code, MapBoundaries.Communes(province.Code), areas);
    }

    /// <summary>A province whose communes can be mapped for a period: one of the 34, the period ending from 1 July 2025.</summary>
    public static OrgUnit RequireCommuneMap(UnitDirectory units, string provinceCode, Period period)
    {
        if (!units.ByCode.TryGetValue(provinceCode, out var province) || province.Level != UnitLevel.Province || !province.IsValidOn(MapBoundaries.MergerDay))
        {
            throw new Domain.RuleViolationException(ApiText.Texts.Format("NoCommuneMap", provinceCode), "province");
        }
        if (period.End < MapBoundaries.MergerDay)
        {
            throw new Domain.RuleViolationException(ApiText.Texts.Format("CommuneMapFrom", period.Code), "period");
        }
        return province;
    }

    /// <summary>
    /// Every province valid at the end of the year with its index score (null: not ranked). The public sees scores of
    /// a published ranking only, and never a score built on missing inputs.
    /// </summary>
    public static MapView IndexMap(MonitoringSnapshot s, string index, int year, Rankings.PublishedRankings rankings)
    {
        var end = new DateOnly(year, 12, 31);
        var scores = rankings.Hides(index, year) ? [] : s.Result.Indexes.FirstOrDefault(i => i.Index == index && i.Year == year)?.Scores
            .Where(x => !rankings.IsPublic || x.MissingCount == 0).ToDictionary(x => x.Unit, x => x.Score) ?? [];
        var areas = ProvincesOn(s, end).Select(u => Area(s, u, scores.TryGetValue(u, out var v) ? Math.Round(v, 2) : null)).ToList();
        return new MapView(year.ToString(System.Globalization.CultureInfo.InvariantCulture), MapBoundaries.For(end), areas);
    }

    /// <summary>The units of a level valid at the year's end ranked by the indicator's value for the year.</summary>
    public static IndicatorRankingResponse Ranking(MonitoringSnapshot s, int indicator, int year, UnitLevel level)
    {
        var graph = s.Engine.Units;
        var day = new DateOnly(year, 12, 31).DayNumber;
        var units = Enumerable.Range(0, graph.Count).Where(u => graph.Level[u] == level && graph.IsValidOn(u, day)).ToList();
        var rows = IndicatorRanking.Rank(s.Engine, indicator, units, year).Select(p =>
        {
            var u = graph.Units[p.Unit];
            return new IndicatorRankingRow(p.Rank, u.Code, u.NameVi, u.NameEn, Math.Round(p.Value, 4), p.Previous is { } b ? Math.Round(b, 4) : null,
                p.Previous is { } before ? Math.Round(p.Value - before, 4) : null, p.PreviousRank);
        }).ToList();
        return new IndicatorRankingResponse(s.Engine.Indicators[indicator].Code, year, level, rows);
    }

    public static IReadOnlyList<IndexDefinition> RankedIndexes(MonitoringSnapshot s, IReadOnlyList<IndexDefinition> indexes) =>
        [.. indexes.Where(d => s.Result.Indexes.Any(i => i.Index == d.Code))];

    private static bool Reported(MonitoringSnapshot s, int indicator, int unit, string period)
    {
        var p = s.Engine.AxisOf(indicator).IndexOf(Period.Parse(period));
        return p >= 0 && !double.IsNaN(s.Engine.Columns[indicator].Own[s.Engine.Cell(unit, p)]);
    }

    private static IEnumerable<int> ProvincesOn(MonitoringSnapshot s, DateOnly day)
    {
        var graph = s.Engine.Units;
        return Enumerable.Range(0, graph.Count).Where(u => graph.Level[u] == UnitLevel.Province && graph.IsValidOn(u, day.DayNumber));
    }

    private static MapArea Area(MonitoringSnapshot s, int unit, double? value)
    {
        var u = s.Engine.Units.Units[unit];
        return new MapArea(u.Code, u.NameVi, u.NameEn, value);
    }
}
