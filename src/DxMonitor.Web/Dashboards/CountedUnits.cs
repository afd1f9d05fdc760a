using System.Globalization;
using DxMonitor.Domain.Indicators;
using DxMonitor.Domain.Resources;
using DxMonitor.Domain.Units;
using DxMonitor.Web.Resources;

namespace DxMonitor.Web.Dashboards;

/// <summary>
/// What a roll-up of an indicator is counted in: a yes/no indicator (CountMeeting) rolls up to the number of units that
/// say yes, so the nation's figure reads "63 tỉnh, thành phố", not "63 có/không"; any other keeps its unit of measure.
/// </summary>
public static class CountedUnits
{
    private static readonly Texts Texts = new(typeof(SharedResource));

    public static string MeasureOfRollup(Indicator indicator, CultureInfo culture) =>
        indicator.Aggregation == AggregationRule.CountMeeting
            ? Texts.FormatIn(culture, indicator.ReportingLevels.Members().Where(l => l != UnitLevel.Nation).ToList() is [var only] ? $"Counted_{only}" : "Counted_Units")
            : culture.TwoLetterISOLanguageName == "en" ? indicator.UnitOfMeasureEn : indicator.UnitOfMeasureVi;
}
