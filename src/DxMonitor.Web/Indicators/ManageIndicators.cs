using DxMonitor.Data;
using DxMonitor.Domain;
using DxMonitor.Domain.Indicators;
using DxMonitor.Domain.Periods;
using DxMonitor.Domain.Units;
using DxMonitor.Web.Monitoring;
using DxMonitor.Web.Resources;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Indicators;

/// <summary>
/// Creating, editing, retiring and deleting indicators (national analysts and administrators). Each change is
/// checked as the seed is, audited by the save (the indicator is an audited record), refused with the reason when it
/// would break a formula, a target or published figures, and announced to every instance's engines.
/// </summary>
public static class ManageIndicators
{
    public static async Task<Results<Created<IndicatorResponse>, ProblemHttpResult>> CreateAsync(
        IndicatorRequest body, DxDbContext db, ReportChannel engines, CancellationToken ct)
    {
        if (!PublicCode.IsValid(body.Code))
        {
            return Invalid(new() { ["code"] = [PublicCode.Describe("indicator", body.Code)] });
        }
        var catalogue = await IndicatorCatalogue.LoadAsync(db, ct);
        if (catalogue.ByCode.ContainsKey(body.Code))
        {
            return Invalid(new() { ["code"] = [CatalogueText.Texts.Format("CodeTaken", body.Code)] });
        }
        var indicator = new Indicator
        {
            Code = body.Code,
            NameVi = "",
            NameEn = "",
            DefinitionVi = "",
            DefinitionEn = "",
            UnitOfMeasureVi = "",
            UnitOfMeasureEn = "",
            ValueType = IndicatorValueType.Number,
            ReportingLevels = UnitLevels.None,
            PeriodType = PeriodType.Year,
            Aggregation = AggregationRule.None,
        };
        var problems = IndicatorDefinition.Apply(body, indicator, catalogue, await SourcesAsync(db, ct));
        if (problems.Count > 0)
        {
            return Invalid(problems);
        }
        db.Indicators.Add(indicator);
        await db.SaveChangesAsync(ct);
        await engines.PostAsync(ValuesChanged.CatalogueChanged, ct);
        var saved = await IndicatorCatalogue.LoadAsync(db, ct);
        return TypedResults.Created($"/api/v1/indicators/{indicator.Code}", saved.ToResponse(saved.ByCode[indicator.Code]));
    }

    public static async Task<Results<Ok<IndicatorResponse>, ProblemHttpResult>> UpdateAsync(
        string code, IndicatorRequest body, DxDbContext db, ReportChannel engines, CancellationToken ct)
    {
        var indicator = await db.Indicators.FirstOrDefaultAsync(i => i.Code == code, ct);
        if (indicator is null)
        {
            return IndicatorsApi.NotFound(code);
        }
        if (body.Code is { Length: > 0 } other && other != code)
        {
            return Invalid(new() { ["code"] = [CatalogueText.Texts.Format("CodeFixed", code)] });
        }
        var catalogue = await IndicatorCatalogue.LoadAsync(db, ct);
        var usage = await IndicatorUsage.OfAsync(indicator, catalogue, db, ct);
        var before = catalogue.ById[indicator.Id];
        var problems = IndicatorDefinition.Apply(body, indicator, catalogue, await SourcesAsync(db, ct));
        if (problems.Count > 0)
        {
            return Invalid(problems);
        }
        if (Breaks(before, indicator, usage) is { } refusal)
        {
            return Invalid(refusal);
        }
        if (await OutOfRangeAsync(before, indicator, db, ct) is { } range)
        {
            return Invalid(range);
        }
        await db.SaveChangesAsync(ct);
        await engines.PostAsync(ValuesChanged.CatalogueChanged, ct);
        var saved = await IndicatorCatalogue.LoadAsync(db, ct);
        return TypedResults.Ok(saved.ToResponse(saved.ByCode[code]));
    }

    /// <summary>Retires an indicator in use; refused while an indicator in force computes from it, a target in force follows it or a DX index ranks by it.</summary>
    public static async Task<Results<Ok<IndicatorResponse>, ProblemHttpResult>> RetireAsync(
        string code, DxDbContext db, ReportChannel engines, TimeProvider clock, CancellationToken ct)
    {
        var indicator = await db.Indicators.FirstOrDefaultAsync(i => i.Code == code, ct);
        if (indicator is null)
        {
            return IndicatorsApi.NotFound(code);
        }
        var catalogue = await IndicatorCatalogue.LoadAsync(db, ct);
        var usage = await IndicatorUsage.OfAsync(indicator, catalogue, db, ct);
        if (usage.ActiveDependents.Count > 0)
        {
            return Invalid(new() { ["code"] = [CatalogueText.Texts.Format("RetireUsedByFormula", code, string.Join(", ", usage.ActiveDependents))] });
        }
        if (usage.HasActiveTargets)
        {
            return Invalid(new() { ["code"] = [CatalogueText.Texts.Format("RetireHasTargets", code)] });
        }
        if (usage.Indexes.Count > 0)
        {
            return Invalid(new() { ["code"] = [CatalogueText.Texts.Format("RetireInIndex", code, string.Join(", ", usage.Indexes))] });
        }
        indicator.RetiredOn ??= VietnamCalendar.Today(clock);
        await db.SaveChangesAsync(ct);
        await engines.PostAsync(ValuesChanged.CatalogueChanged, ct);
        var saved = await IndicatorCatalogue.LoadAsync(db, ct);
        return TypedResults.Ok(saved.ToResponse(saved.ByCode[code]));
    }

    /// <summary>Deletes an indicator nothing refers to; one in use is refused (retire it instead).</summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        string code, DxDbContext db, ReportChannel engines, CancellationToken ct)
    {
        var indicator = await db.Indicators.FirstOrDefaultAsync(i => i.Code == code, ct);
        if (indicator is null)
        {
            return IndicatorsApi.NotFound(code);
        }
        var usage = await IndicatorUsage.OfAsync(indicator, await IndicatorCatalogue.LoadAsync(db, ct), db, ct);
        if (usage.IsUsed)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: CatalogueText.Texts.Format("InUseTitle"),
                detail: CatalogueText.Texts.Format("DeleteInUse", code));
        }
        db.Indicators.Remove(indicator);
        await db.SaveChangesAsync(ct);
        await engines.PostAsync(ValuesChanged.CatalogueChanged, ct);
        return TypedResults.NoContent();
    }

    /// <summary>The field whose change would alter figures already used: the period type of any indicator in use; how figures are read or rolled up once some are published or ranked.</summary>
    private static Dictionary<string, string[]>? Breaks(Indicator before, Indicator after, IndicatorUsage usage)
    {
        if (before.PeriodType != after.PeriodType && usage.IsUsed)
        {
            return Refused("periodType", "ChangeUsedPeriodType", before.Code);
        }
        var frozen = usage.HasPublishedValues || usage.PublishedIndexes.Count > 0;
        if (frozen)
        {
            var changed = new (string Field, bool Changed)[]
            {
                ("valueType", before.ValueType != after.ValueType),
                ("aggregation", before.Aggregation != after.Aggregation),
                ("weightIndicator", before.WeightIndicatorId != after.WeightIndicatorId),
                ("condition", before.CountCondition != after.CountCondition),
                ("timeAggregation", before.TimeAggregation != after.TimeAggregation),
                ("formula", before.Formula != after.Formula),
                ("direction", before.Direction != after.Direction && usage.PublishedIndexes.Count > 0),
            }.FirstOrDefault(c => c.Changed);
            if (changed.Field is not null)
            {
                return Refused(changed.Field, "ChangePublished", before.Code);
            }
        }
        if (before.Direction != after.Direction && usage.HasActiveTargets)
        {
            return Refused("direction", "ChangeDirectionWithTargets", before.Code);
        }
        return null;
    }

    /// <summary>A range narrowed so that stored figures fall outside it is refused: it would make them invalid.</summary>
    private static async Task<Dictionary<string, string[]>?> OutOfRangeAsync(Indicator before, Indicator indicator, DxDbContext db, CancellationToken ct)
    {
        var (id, min, max) = (indicator.Id, indicator.Minimum, indicator.Maximum);
        if (min is { } low && (before.Minimum is not { } oldLow || low > oldLow) && await db.DataValues.AnyAsync(v => v.IndicatorId == id && v.Value < low, ct))
        {
            return Refused("minimum", "RangeExcludesValues", indicator.Code);
        }
        if (max is { } high && (before.Maximum is not { } oldHigh || high < oldHigh) && await db.DataValues.AnyAsync(v => v.IndicatorId == id && v.Value > high, ct))
        {
            return Refused("maximum", "RangeExcludesValues", indicator.Code);
        }
        return null;
    }

    private static Dictionary<string, string[]> Refused(string field, string text, string code) => new() { [field] = [CatalogueText.Texts.Format(text, code)] };

    private static async Task<IReadOnlyDictionary<string, int>> SourcesAsync(DxDbContext db, CancellationToken ct) =>
        await db.Sources.AsNoTracking().ToDictionaryAsync(s => s.Code, s => s.Id, StringComparer.Ordinal, ct);

    internal static ProblemHttpResult Invalid(Dictionary<string, string[]> errors) => TypedResults.Problem(new ValidationProblemDetails(errors)
    {
        Status = StatusCodes.Status422UnprocessableEntity,
        Title = ApiText.Texts.Format("InvalidInputTitle"),
    });
}
