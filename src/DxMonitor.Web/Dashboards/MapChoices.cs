using DxMonitor.Domain.DxIndex;
using DxMonitor.Domain.Engine;
using DxMonitor.Domain.Periods;
using DxMonitor.Domain.Units;
using DxMonitor.Web.Indicators;
using DxMonitor.Web.Layout;
using DxMonitor.Web.Monitoring;
using DxMonitor.Web.Units;

namespace DxMonitor.Web.Dashboards;

/// <summary>Something the map can be coloured by: an index or an indicator.</summary>
public sealed record MapOption(string Code, string NameVi, string NameEn);

/// <summary>What the map page shows: the choices, the one chosen, its title and the map (null: unknown code).</summary>
public sealed record MapResult(MapChoices Choices, string? Shown, string Title, MapView? View);

/// <summary>The indexes and indicators a province map can show: the indexes ranking provinces, the indicators provinces or units below them report.</summary>
public sealed record MapChoices(IReadOnlyList<MapOption> Indexes, IReadOnlyList<MapOption> Indicators)
{
    private const UnitLevels ProvinceOrBelow = UnitLevels.Province | UnitLevels.District | UnitLevels.Commune;

    /// <summary>
    /// The map of <paramref name="requested"/> (default: the first index) for <paramref name="period"/> (default: an
    /// index's latest year; an indicator's latest period up to today with a province value); an indicator's map of a
    /// province's <paramref name="communes"/> when given.
    /// </summary>
    public static MapResult Build(MonitoringSnapshot s, IndicatorCatalogue catalogue, IReadOnlyList<IndexDefinition> indexes,
        string? requested, Period? period, DateOnly today, Rankings.PublishedRankings rankings, (OrgUnit Province, UnitDirectory Units)? communes = null)
    {
        var ranked = DashboardQueries.RankedIndexes(s, indexes).Where(d => d.PeerLevel == UnitLevel.Province).ToList();
        var indicators = s.Engine.Indicators.Where(i => (i.ReportingLevels & ProvinceOrBelow) != 0 && catalogue.ByCode.ContainsKey(i.Code))
            .Select(i => catalogue.ByCode[i.Code]).Select(i => new MapOption(i.Code, i.NameVi, i.NameEn)).ToList();
        var choices = new MapChoices([.. ranked.Select(d => new MapOption(d.Code, d.NameVi, d.NameEn))], indicators);
        var shown = string.IsNullOrWhiteSpace(requested) ? (choices.Indexes.Count > 0 ? choices.Indexes[0].Code : indicators.Count > 0 ? indicators[0].Code : null) : requested.Trim();
        if (ranked.FirstOrDefault(d => d.Code == shown) is { } index)
        {
            if (communes is not null)
            {
                throw new Domain.RuleViolationException(Resources.ApiText.Texts.Format("IndexHasNoCommuneMap", index.Code), "province");
            }
            var years = s.Result.Indexes.Where(i => i.Index == index.Code).Select(i => i.Year).ToList();
            var year = period?.Year ?? years.Where(y => y <= today.Year).DefaultIfEmpty(years.Max()).Max();
            return new MapResult(choices, shown, Display.IsEnglish ? index.NameEn : index.NameVi, DashboardQueries.IndexMap(s, index.Code, year, rankings));
        }
        if (choices.Indicators.FirstOrDefault(i => i.Code == shown) is { } chosen && s.IndicatorIndex(chosen.Code) is { } indicator)
        {
            var at = period ?? LatestWithData(s, indicator, today);
            var view = communes is var (province, units) ? DashboardQueries.CommuneMap(s, indicator, at, province, units) : DashboardQueries.Map(s, indicator, at);
            return new MapResult(choices, shown, Display.IsEnglish ? chosen.NameEn : chosen.NameVi, view);
        }
        return new MapResult(choices, shown, "", null);
    }

    private static Period LatestWithData(MonitoringSnapshot s, int indicator, DateOnly today)
    {
        var axis = s.Engine.AxisOf(indicator);
        var current = Period.Containing(today, axis.Type);
        for (var p = axis.Count - 1; p >= 0; p--)
        {
            var period = axis.Periods[p];
            if (period <= current && DashboardQueries.Map(s, indicator, period).Areas.Any(a => a.Value is not null))
            {
                return period;
            }
        }
        return current;
    }
}
