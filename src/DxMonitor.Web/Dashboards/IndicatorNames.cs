using DxMonitor.Data;
using DxMonitor.Web.Indicators;
using DxMonitor.Web.Layout;

namespace DxMonitor.Web.Dashboards;

/// <summary>Indicator names and units of measure in the page's language, by code (the code itself when unknown).</summary>
public sealed class IndicatorNames(IndicatorCatalogue? catalogue)
{
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

    /// <summary>The unit a roll-up of the indicator is counted in (<see cref="CountedUnits"/>): "tỉnh, thành phố" for a yes/no one.</summary>
    public string RollupMeasure(string code) =>
        catalogue?.ByCode.GetValueOrDefault(code) is { } i && !IsOwnYesNo(code) ? CountedUnits.MeasureOfRollup(i, System.Globalization.CultureInfo.CurrentUICulture) : "";
}
