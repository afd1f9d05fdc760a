using DxMonitor.Data;
using DxMonitor.Data.ServiceIndex;
using DxMonitor.Domain.Dossiers;
using DxMonitor.Domain.Periods;
using DxMonitor.Domain.Rankings;
using DxMonitor.Domain.ServiceIndex;
using DxMonitor.Domain.Units;
using DxMonitor.Web.Units;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.ServiceIndex;

/// <summary>
/// Everything the index is computed from, loaded once per request: the units, every unit's inputs (pooled over the
/// units below it) and the definition versions. Scores are computed from it on demand; none is stored.
/// </summary>
public sealed class ServiceIndexData(UnitDirectory units, ServiceFigures figures, ServiceIndexVersions versions)
{
    public UnitDirectory Units => units;
    public ServiceIndexVersions Versions => versions;

    public static async Task<ServiceIndexData> LoadAsync(DxDbContext db, UnitDirectory units, DateTime nowUtc, CancellationToken ct)
    {
        var parents = units.All.ToDictionary(u => u.Id, u => u.ParentId);
        var figures = await ServiceAggregation.FiguresAsync(db, parents, nowUtc, ct);
        var stored = await db.ServiceIndexVersions.AsNoTracking().ToListAsync(ct);
        return new(units, figures, new ServiceIndexVersions(stored.Select(v => v.Definition)));
    }

    /// <summary>The definition a period is scored by: the version in force in its last month.</summary>
    public ServiceIndexDefinition DefinitionFor(Period period) =>
        versions.InForce(DossierMonth.Of(Period.Containing(period.End, PeriodType.Month)));

    public ServiceScore Score(OrgUnit unit, Period period) =>
        ServiceIndexCalculator.Score(DefinitionFor(period), unit.Level, figures.For(unit.Id, period));

    /// <summary>
    /// The units a unit is ranked among in a period: those of its level in force on the period's last day; communes
    /// among the communes of the same province.
    /// </summary>
    public IReadOnlyList<OrgUnit> PeersOf(UnitLevel level, int? parentId, Period period) =>
        [.. units.All.Where(u => u.Level == level && u.IsValidOn(period.End) && (level != UnitLevel.Commune || parentId is null || u.ParentId == parentId))];

    /// <summary>Each peer's score and its rank (ties share a rank; units without a score are not ranked).</summary>
    public IReadOnlyList<(OrgUnit Unit, ServiceScore Score, int? Rank)> Ranked(IReadOnlyList<OrgUnit> peers, Period period)
    {
        var scores = peers.Select(u => (Unit: u, Score: Score(u, period))).ToList();
        var ranks = SharedRanks.Of(scores.Select(s => (s.Unit.Id, s.Score.Score)));
        return [.. scores.Select(s => (s.Unit, s.Score, ranks.TryGetValue(s.Unit.Id, out var rank) ? rank : (int?)null))
            .OrderBy(s => s.Item3 ?? int.MaxValue).ThenBy(s => s.Unit.Code, StringComparer.Ordinal)];
    }
}
