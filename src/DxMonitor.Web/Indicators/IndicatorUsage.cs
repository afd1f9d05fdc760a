using DxMonitor.Data;
using DxMonitor.Domain.Formulas;
using DxMonitor.Domain.Indicators;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Indicators;

/// <summary>What refers to an indicator: figures, targets, other indicators' formulas and weights, index methodologies (any year, any status), report rounds.</summary>
public sealed record IndicatorUsage(
    bool HasValues, bool HasPublishedValues, bool HasTargets, bool HasActiveTargets, IReadOnlyList<string> ActiveDependents,
    IReadOnlyList<string> Dependents, IReadOnlyList<string> Indexes, IReadOnlyList<string> PublishedIndexes, bool InRounds)
{
    public bool IsUsed => HasValues || HasTargets || Dependents.Count > 0 || Indexes.Count > 0 || InRounds;

    public static async Task<IndicatorUsage> OfAsync(Indicator indicator, IndicatorCatalogue catalogue, DxDbContext db, CancellationToken ct)
    {
        var id = indicator.Id;
        var hasValues = await db.DataValues.AnyAsync(v => v.IndicatorId == id, ct);
        var hasPublished = hasValues && await db.DataValues.AnyAsync(v => v.IndicatorId == id && v.PublishedAt != null, ct);
        var hasTargets = await db.Targets.AnyAsync(t => t.IndicatorId == id, ct);
        var hasActiveTargets = hasTargets && await db.Targets.AnyAsync(t => t.IndicatorId == id && t.RetiredOn == null, ct);
        var dependents = catalogue.All.Where(i => i.Id != id && (i.WeightIndicatorId == id || UsesInFormula(i, indicator.Code))).ToList();
        // Every methodology counts, drafts too: an analyst's draft must not lose an indicator under it.
        var methodologies = await db.IndexMethodologies.AsNoTracking().ToListAsync(ct);
        var inIndexes = methodologies.Where(m => m.Definition.Pillars.Any(p => p.Components.Any(c => c.Indicator == indicator.Code)))
            .Select(m => m.Index).Distinct().ToList();
        var published = inIndexes.Count == 0 ? [] : await db.RankingPublications.Where(r => inIndexes.Contains(r.Index)).Select(r => r.Index).Distinct().ToListAsync(ct);
        var rounds = await db.Rounds.Select(r => r.IndicatorIds).ToListAsync(ct);
        var inRounds = rounds.Any(r => r.Split(',').Contains(id.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            || await db.ReportEntries.AnyAsync(e => e.IndicatorId == id, ct);
        return new(hasValues, hasPublished, hasTargets, hasActiveTargets,
            [.. dependents.Where(d => d.RetiredOn is null).Select(d => d.Code)], [.. dependents.Select(d => d.Code)], inIndexes, published, inRounds);
    }

    private static bool UsesInFormula(Indicator candidate, string code) =>
        candidate.Formula is { } text && Formula.TryParse(text, out var formula, out _) && formula.References.Contains(code);
}
