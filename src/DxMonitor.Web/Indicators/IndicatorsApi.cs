using DxMonitor.Data;
using DxMonitor.Domain;
using DxMonitor.Domain.Formulas;
using DxMonitor.Domain.Indicators;
using DxMonitor.Domain.Periods;
using DxMonitor.Domain.Text;
using DxMonitor.Domain.Units;
using DxMonitor.Web.Api;
using DxMonitor.Web.Resources;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Indicators;

/// <summary>The indicator catalogue (danh mục chỉ tiêu).</summary>
public static class IndicatorsApi
{
    public static void MapIndicators(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/indicators").WithTags("Indicators");
        group.MapGet("/", List).WithSummary("The catalogue, filtered by reporting level, period type and name.");
        group.MapGet("/{code}", Get).WithSummary("One indicator.");
        group.MapPut("/{code}/auto-publish", SetAutoPublish).RequireAuthorization(Reporting.ReportingApi.Review)
            .WithSummary("Sets a derived indicator's rule: a figure for a period the public has never seen is published when first computed.");
        group.MapPost("/", ManageIndicators.CreateAsync).RequireAuthorization(Reporting.ReportingApi.Review)
            .WithSummary("Creates an indicator, checked as the seed is; applied to the running engines at once.");
        group.MapPut("/{code}", ManageIndicators.UpdateAsync).RequireAuthorization(Reporting.ReportingApi.Review)
            .WithSummary("Edits an indicator; refused with the reason when it would break a formula, a target or published figures.");
        group.MapPost("/{code}/retire", ManageIndicators.RetireAsync).RequireAuthorization(Reporting.ReportingApi.Review)
            .WithSummary("Retires an indicator: kept with its figures, no longer reported; refused while a formula, target or index in force uses it.");
        group.MapDelete("/{code}", ManageIndicators.DeleteAsync).RequireAuthorization(Reporting.ReportingApi.Review)
            .WithSummary("Deletes an indicator nothing refers to; one in use is refused (retire it instead).");
        group.MapPost("/formula-check", CheckFormula)
            .WithSummary("Checks a computed indicator's formula: syntax, the codes it uses, and whether they exist.");
    }

    /// <param name="level">Only indicators reported by this level (Nation, Ministry, Province, District, Commune).</param>
    /// <param name="periodType">Only indicators reported per Year, Half, Quarter or Month.</param>
    /// <param name="search">Part of the code or the Vietnamese or English name; diacritics and case are ignored.</param>
    /// <param name="page">Page number from 1.</param>
    /// <param name="pageSize">Items per page, 1-500.</param>
    internal static async Task<Ok<Paged<IndicatorResponse>>> List(
        string? level, string? periodType, string? search, int? page, int? pageSize, DxDbContext db, CancellationToken ct)
    {
        var paging = PageRequest.From(page, pageSize);
        var levelFilter = Require.Enum<UnitLevel>(level, "level");
        var typeFilter = Require.Enum<PeriodType>(periodType, "periodType");
        var query = SearchText.Fold(search);
        var catalogue = await IndicatorCatalogue.LoadAsync(db, ct);
        var indicators = catalogue.All
            .Where(i => (levelFilter is null || i.ReportingLevels.Includes(levelFilter.Value)) && (typeFilter is null || i.PeriodType == typeFilter))
            .Where(i => SearchText.Matches(i.Code, query) || SearchText.Matches(i.NameVi, query) || SearchText.Matches(i.NameEn, query))
            .Select(catalogue.ToResponse);
        return TypedResults.Ok(paging.Of(indicators));
    }

    internal static async Task<Results<Ok<IndicatorResponse>, ProblemHttpResult>> Get(string code, DxDbContext db, CancellationToken ct)
    {
        var catalogue = await IndicatorCatalogue.LoadAsync(db, ct);
        return catalogue.ByCode.TryGetValue(code, out var indicator)
            ? TypedResults.Ok(catalogue.ToResponse(indicator))
            : NotFound(code);
    }

    /// <summary>Only figures an analyst cannot review as a report (dossiers, registries, evaluator) may publish themselves; audited.</summary>
    internal static async Task<Results<Ok<IndicatorResponse>, ProblemHttpResult>> SetAutoPublish(
        string code, AutoPublishRequest body, DxDbContext db, CancellationToken ct)
    {
        var indicator = await db.Indicators.FirstOrDefaultAsync(i => i.Code == code, ct);
        if (indicator is null)
        {
            return NotFound(code);
        }
        if (!indicator.Owner.IsDerived())
        {
            throw new RuleViolationException(ApiText.Texts.Format("AutoPublishOnlyDerived", code, indicator.Owner.InWords()), "autoPublish");
        }
        indicator.AutoPublish = body.AutoPublish;
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok((await IndicatorCatalogue.LoadAsync(db, ct)).ToResponse(indicator));
    }

    internal static async Task<Results<Ok<FormulaCheckResponse>, ValidationProblem>> CheckFormula(
        FormulaCheckRequest body, DxDbContext db, CancellationToken ct)
    {
        if (!Formula.TryParse(body.Formula, out var formula, out var error))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["formula"] = [error] });
        }
        var catalogue = await IndicatorCatalogue.LoadAsync(db, ct);
        var problems = formula.Validate(catalogue.ByCode.ContainsKey);
        return problems.Count > 0
            ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["formula"] = [.. problems.Select(p => p.Message)] })
            : TypedResults.Ok(new FormulaCheckResponse(formula.Text, [.. formula.References.Order(StringComparer.Ordinal)]));
    }

    internal static ProblemHttpResult NotFound(string code) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: ApiText.Texts.Format("UnknownIndicatorTitle"), detail: ApiText.Texts.Format("IndicatorNotFound", code));
}
