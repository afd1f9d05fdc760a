using DxMonitor.Data;
using DxMonitor.Domain.Units;
using DxMonitor.Web.Indicators;
using DxMonitor.Web.Layout;

namespace DxMonitor.Web.Dashboards;

/// <summary>Indicator names and units of measure in the page's language, by code (the code itself when unknown).</summary>
public sealed class IndicatorNames(IndicatorCatalogue? catalogue)
{
    private static readonly Domain.Resources.Texts Shared = new(typeof(Resources.SharedResource));

    public static readonly IndicatorNames None = new(null);

    public static async Task<IndicatorNames> LoadAsync(DxDbContext db, CancellationToken ct) => new(await IndicatorCatalogue.LoadAsync(db, ct));

    public IndicatorCatalogue? Catalogue => catalogue;

    public string Name(string code) =>
        catalogue?.ByCode.GetValueOrDefault(code) is { } i ? (Display.IsEnglish ? i.NameEn : i.NameVi) : code;

    public string Measure(string code) =>
        catalogue?.ByCode.GetValueOrDefault(code) is { } i ? (Display.IsEnglish ? i.UnitOfMeasureEn : i.UnitOfMeasureVi) : "";

    /// <summary>A yes/no indicator whose figure is itself yes or no (not a count of units that say yes): shown as "Có"/"Không".</summary>
    public bool IsOwnYesNo(string code) =>
        catalogue?.ByCode.GetValueOrDefault(code) is { ValueType: Domain.Indicators.IndicatorValueType.YesNo } i && i.Aggregation != Domain.Indicators.AggregationRule.CountMeeting;

    /// <summary>
    /// The unit of a unit's figure: its own yes/no (none: shown as Có/Không) when the unit reports the indicator, the count
    /// of units below it that say yes otherwise; any other indicator's unit of measure.
    /// </summary>
    public (string Measure, bool YesNo) OfUnit(string code, Domain.Units.UnitLevel level) =>
        catalogue?.ByCode.GetValueOrDefault(code) is { ValueType: Domain.Indicators.IndicatorValueType.YesNo } i && i.ReportingLevels.Includes(level)
            ? ("", true)
            : (RollupMeasure(code), IsOwnYesNo(code));

    /// <summary>A unit's figure as a reader reads it, with its unit: "63 tỉnh, thành phố", "Có", "16,5 % GDP"; "—" when there is none.</summary>
    public string Shown(string code, double? value, Domain.Units.UnitLevel level)
    {
        var (measure, yesNo) = OfUnit(code, level);
        var number = Figure(value, yesNo);
        return measure.Length == 0 || value is null ? number : $"{number} {measure}";
    }

    /// <summary>A figure as shown: "Có" or "Không" when it is itself yes or no, else the number ("—" for none).</summary>
    public static string Figure(double? value, bool yesNo) =>
        yesNo && value is { } v ? Shared.Format(v >= 1 ? "YesValue" : "NoValue") : Display.Number(value);

    /// <summary>The unit a roll-up of the indicator is counted in (<see cref="CountedUnits"/>): "tỉnh, thành phố" for a yes/no one.</summary>
    public string RollupMeasure(string code) =>
        catalogue?.ByCode.GetValueOrDefault(code) is { } i && !IsOwnYesNo(code) ? CountedUnits.MeasureOfRollup(i, System.Globalization.CultureInfo.CurrentUICulture) : "";
}
