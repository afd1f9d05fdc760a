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
}
