using System.Globalization;
using DxMonitor.Data;
using DxMonitor.Web.Indicators;
using DxMonitor.Web.Methodologies;
using DxMonitor.Web.Targets;
using DxMonitor.Web.Units;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Metadata;

/// <summary>
/// The server's metadata as a package: every indicator (retired ones too, each after the indicators it is computed or
/// weighted from, so the package imports in order), every target, every methodology version and every unit group.
/// </summary>
public static class ExportMetadata
{
    public static async Task<MetadataPackage> BuildAsync(DxDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var catalogue = await IndicatorCatalogue.LoadAsync(db, ct);
        var targets = await db.Targets.AsNoTracking().ToListAsync(ct);
        var methodologies = await db.IndexMethodologies.AsNoTracking().ToListAsync(ct);
        var groups = await UnitGroupQueries.AllAsync(db, ct);
        return new MetadataPackage(
            ExportedAt: clock.GetUtcNow().UtcDateTime,
            Indicators: PackagedIndicator.InputsFirst([.. catalogue.All.Select(i => new PackagedIndicator(IndicatorRequest.From(catalogue.ToResponse(i)), i.AutoPublish, i.RetiredOn))]),
            Targets: [.. targets
                .Select(t => new PackagedTarget(new TargetRequest(
                    catalogue.ById[t.IndicatorId].Code, t.Scope.ToString(), t.Value, t.BaselineValue, t.BaselinePeriod,
                    t.Deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), t.LegalSourceVi, t.LegalSourceEn,
                    t.SourceId is { } s ? catalogue.SourceCodes.GetValueOrDefault(s) : null), t.RetiredOn))
                .OrderBy(t => t.Key, StringComparer.Ordinal)],
            Methodologies: [.. methodologies
                .OrderBy(m => m.Index, StringComparer.Ordinal).ThenBy(m => m.Year).ThenBy(m => m.Version)
                .Select(m => new PackagedMethodology(m.Index, m.Year, m.Version, m.Status, m.Definition.PeerLevel, new MethodologyRequest(
                    m.Definition.NameVi, m.Definition.NameEn, m.Definition.MaxScore, m.Definition.Missing, m.Definition.Pillars,
                    m.Definition.PeerGroups is { Count: > 0 } peers ? peers : null, m.Source)))],
            UnitGroups: [.. groups.Select(g => new UnitGroupRequest(g.Code, g.NameVi, g.NameEn, g.DescriptionVi, g.DescriptionEn, g.Members))]);
    }
}
