using DxMonitor.Data;
using DxMonitor.Domain;
using DxMonitor.Domain.Indicators;
using DxMonitor.Web.Resources;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Indicators;

/// <summary>The indicator catalogue and source codes loaded together, for lookups by code and by id.</summary>
public sealed class IndicatorCatalogue
{
    private IndicatorCatalogue(List<Indicator> indicators, Dictionary<int, string> sourceCodes)
    {
        All = indicators;
        ById = indicators.ToDictionary(i => i.Id);
        ByCode = indicators.ToDictionary(i => i.Code, StringComparer.Ordinal);
        SourceCodes = sourceCodes;
    }

    public IReadOnlyList<Indicator> All { get; }
    public IReadOnlyDictionary<int, Indicator> ById { get; }
    public IReadOnlyDictionary<string, Indicator> ByCode { get; }
    public IReadOnlyDictionary<int, string> SourceCodes { get; }

    public static async Task<IndicatorCatalogue> LoadAsync(DxDbContext db, CancellationToken ct) => new(
        await db.Indicators.AsNoTracking().OrderBy(i => i.Code).ToListAsync(ct),
        await db.Sources.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Code, ct));

    /// <summary>The indicator with this code; an unknown code is a rule violation naming <paramref name="field"/>.</summary>
    public Indicator Require(string code, string field) =>
        ByCode.GetValueOrDefault(code) ?? throw new RuleViolationException(ApiText.Texts.Format("IndicatorNotFound", code), field);

    public IndicatorResponse ToResponse(Indicator indicator) => IndicatorResponse.From(
        indicator,
        indicator.WeightIndicatorId is { } w ? ById[w].Code : null,
        indicator.SourceId is { } s ? SourceCodes.GetValueOrDefault(s) : null);
}
