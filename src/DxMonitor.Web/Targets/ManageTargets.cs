using DxMonitor.Data;
using DxMonitor.Domain.Indicators;
using DxMonitor.Domain.Periods;
using DxMonitor.Domain.Targets;
using DxMonitor.Domain.Units;
using DxMonitor.Web.Indicators;
using DxMonitor.Web.Monitoring;
using DxMonitor.Web.Resources;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Targets;

/// <summary>
/// Creating, editing, retiring and deleting targets (national analysts and administrators): checked against their
/// indicator, audited by the save, announced to every instance's engines. A target past its deadline is history:
/// it may be retired, never deleted.
/// </summary>
public static class ManageTargets
{
    public static async Task<Results<Created<TargetResponse>, ProblemHttpResult>> CreateAsync(
        TargetRequest body, DxDbContext db, ReportChannel engines, CancellationToken ct)
    {
        var catalogue = await IndicatorCatalogue.LoadAsync(db, ct);
        var problems = new Dictionary<string, string[]>();
        var indicator = string.IsNullOrWhiteSpace(body.Indicator) ? null : catalogue.ByCode.GetValueOrDefault(body.Indicator);
        if (indicator is null)
        {
            problems["indicator"] = [string.IsNullOrWhiteSpace(body.Indicator) ? CatalogueText.Texts.Format("Required") : ApiText.Texts.Format("IndicatorNotFound", body.Indicator)];
        }
        else if (indicator.RetiredOn is not null)
        {
            problems["indicator"] = [CatalogueText.Texts.Format("TargetRetiredIndicator", indicator.Code)];
        }
        UnitLevel scope = default;
        if (!Enum.TryParse(body.Scope, ignoreCase: true, out scope) || !Enum.IsDefined(scope) || int.TryParse(body.Scope, out _))
        {
            problems["scope"] = [ApiText.Texts.Format("NotOneOf", body.Scope ?? "", string.Join(", ", Enum.GetNames<UnitLevel>()))];
        }
        else if (indicator is not null && scope != UnitLevel.Nation && !indicator.ReportingLevels.Includes(scope))
        {
            problems["scope"] = [CatalogueText.Texts.Format("ScopeNotReporting", indicator.Code, scope)];
        }
        var target = new Target { IndicatorId = indicator?.Id ?? 0, Scope = scope, Value = 0, Deadline = default, LegalSourceVi = "", LegalSourceEn = "" };
        if (indicator is not null)
        {
            await CheckAsync(body, target, indicator, db, problems, ct);
        }
        if (problems.Count > 0)
        {
            return ManageIndicators.Invalid(problems);
        }
        db.Targets.Add(target);
        await db.SaveChangesAsync(ct);
        await engines.PostAsync(ValuesChanged.CatalogueChanged, ct);
        return TypedResults.Created($"/api/v1/targets/{target.Id}", TargetsApi.ToResponse(target, catalogue));
    }

    public static async Task<Results<Ok<TargetResponse>, ProblemHttpResult>> UpdateAsync(
        int id, TargetRequest body, DxDbContext db, ReportChannel engines, CancellationToken ct)
    {
        var target = await db.Targets.SingleOrDefaultAsync(t => t.Id == id, ct);
        if (target is null)
        {
            return TargetsApi.NotFound(id);
        }
        var catalogue = await IndicatorCatalogue.LoadAsync(db, ct);
        var indicator = catalogue.ById[target.IndicatorId];
        var problems = new Dictionary<string, string[]>();
        if (body.Indicator is { Length: > 0 } code && code != indicator.Code)
        {
            problems["indicator"] = [CatalogueText.Texts.Format("TargetFieldFixed")];
        }
        if (body.Scope is { Length: > 0 } scope && !string.Equals(scope, target.Scope.ToString(), StringComparison.OrdinalIgnoreCase))
        {
            problems["scope"] = [CatalogueText.Texts.Format("TargetFieldFixed")];
        }
        await CheckAsync(body, target, indicator, db, problems, ct);
        if (problems.Count > 0)
        {
            return ManageIndicators.Invalid(problems);
        }
        await db.SaveChangesAsync(ct);
        await engines.PostAsync(ValuesChanged.CatalogueChanged, ct);
        return TypedResults.Ok(TargetsApi.ToResponse(target, catalogue));
    }

    public static async Task<Results<Ok<TargetResponse>, ProblemHttpResult>> RetireAsync(
        int id, DxDbContext db, ReportChannel engines, TimeProvider clock, CancellationToken ct)
    {
        var target = await db.Targets.SingleOrDefaultAsync(t => t.Id == id, ct);
        if (target is null)
        {
            return TargetsApi.NotFound(id);
        }
        target.RetiredOn ??= VietnamCalendar.Today(clock);
        await db.SaveChangesAsync(ct);
        await engines.PostAsync(ValuesChanged.CatalogueChanged, ct);
        return TypedResults.Ok(TargetsApi.ToResponse(target, await IndicatorCatalogue.LoadAsync(db, ct)));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        int id, DxDbContext db, ReportChannel engines, TimeProvider clock, CancellationToken ct)
    {
        var target = await db.Targets.SingleOrDefaultAsync(t => t.Id == id, ct);
        if (target is null)
        {
            return TargetsApi.NotFound(id);
        }
        if (target.Deadline < VietnamCalendar.Today(clock))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: CatalogueText.Texts.Format("TargetPastTitle"),
                detail: CatalogueText.Texts.Format("DeletePastTarget", id));
        }
        db.Targets.Remove(target);
        await db.SaveChangesAsync(ct);
        await engines.PostAsync(ValuesChanged.CatalogueChanged, ct);
        return TypedResults.NoContent();
    }

    /// <summary>Checks the body's value, baseline, deadline and legal sources and writes them onto the (tracked) target.</summary>
    private static async Task CheckAsync(TargetRequest body, Target target, Indicator indicator, DxDbContext db, Dictionary<string, string[]> problems, CancellationToken ct)
    {
        if (body.Value is not { } value)
        {
            problems["value"] = [CatalogueText.Texts.Format("Required")];
        }
        else if (value < (indicator.Minimum ?? (indicator.ValueType is IndicatorValueType.Percentage or IndicatorValueType.UnitCount ? 0 : decimal.MinValue))
            || value > (indicator.Maximum ?? (indicator.ValueType == IndicatorValueType.Percentage ? 100 : decimal.MaxValue)))
        {
            problems["value"] = [CatalogueText.Texts.Format("TargetOutOfRange", value, indicator.Code)];
        }
        else
        {
            target.Value = value;
        }
        if (!DateOnly.TryParseExact(body.Deadline, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var deadline))
        {
            problems["deadline"] = [ApiText.Texts.Format("NotADate", body.Deadline ?? "")];
        }
        else
        {
            target.Deadline = deadline;
        }
        if (string.IsNullOrWhiteSpace(body.BaselinePeriod) != (body.BaselineValue is null))
        {
            problems[body.BaselineValue is null ? "baselineValue" : "baselinePeriod"] = [CatalogueText.Texts.Format("Required")];
        }
        else if (body.BaselinePeriod is { Length: > 0 } code)
        {
            if (!Period.TryParse(code, out var period, out var error))
            {
                problems["baselinePeriod"] = [error];
            }
            else if (period.Type != indicator.PeriodType)
            {
                problems["baselinePeriod"] = [CatalogueText.Texts.Format("BaselineWrongType", code, indicator.Code)];
            }
        }
        target.BaselineValue = body.BaselineValue;
        target.BaselinePeriod = string.IsNullOrWhiteSpace(body.BaselinePeriod) ? null : body.BaselinePeriod;
        foreach (var (field, text) in new[] { ("legalSourceVi", body.LegalSourceVi), ("legalSourceEn", body.LegalSourceEn) })
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                problems[field] = [CatalogueText.Texts.Format("Required")];
            }
            else if (text.Length > 500)
            {
                problems[field] = [CatalogueText.Texts.Format("TooLong", 500)];
            }
        }
        target.LegalSourceVi = body.LegalSourceVi?.Trim().Normalize(System.Text.NormalizationForm.FormC) ?? "";
        target.LegalSourceEn = body.LegalSourceEn?.Trim() ?? "";
        target.SourceId = null;
        if (!string.IsNullOrWhiteSpace(body.Source))
        {
            var source = await db.Sources.AsNoTracking().Where(s => s.Code == body.Source).Select(s => (int?)s.Id).FirstOrDefaultAsync(ct);
            if (source is null)
            {
                problems["source"] = [ApiText.Texts.Format("SourceNotFound", body.Source)];
            }
            target.SourceId = source;
        }
    }
}
