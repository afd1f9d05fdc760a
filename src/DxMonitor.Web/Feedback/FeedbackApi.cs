using System.Security.Claims;
using DxMonitor.Data;
using DxMonitor.Domain;
using DxMonitor.Domain.Dossiers;
using DxMonitor.Domain.Periods;
using DxMonitor.Web.Accounts;
using DxMonitor.Web.Api;
using DxMonitor.Web.Dossiers;
using DxMonitor.Web.ImportExport;
using DxMonitor.Web.Resources;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace DxMonitor.Web.Feedback;

/// <summary>
/// Feedback and petitions (phản ánh, kiến nghị) and citizens' ratings of dossier handling, the satisfaction inputs of the
/// service index of Decision 766/QĐ-TTg: imported by the unit's officers and national staff, read by those who read the
/// unit's dossiers.
/// </summary>
public static class FeedbackApi
{
    private const string Tag = "Feedback and ratings";

    public static void MapFeedback(this IEndpointRouteBuilder api)
    {
        var limits = api.ServiceProvider.GetRequiredService<IOptions<ImportExportOptions>>().Value;
        api.MapPost("/feedback/import", (HttpRequest request, ClaimsPrincipal user, DxDbContext db, TimeProvider clock, IOptions<ImportExportOptions> options, CancellationToken ct) =>
                ImportAsync(ImportFeedback.Kind.Feedback, request, user, db, clock, options.Value, ct))
            .WithTags(Tag).RequireAuthorization(AuthenticationSetup.WriteData).DisableAntiforgery().Accepts<IFormFile>("multipart/form-data")
            .WithMetadata(RequestSizeLimit.ForFile(limits.MaxFileBytes))
            .WithSummary("Imports feedback (CSV or XLSX in form field 'file': feedback_id, unit, received_at, due_at, answered_at): all rows or none, errors by row and column.");
        api.MapPost("/ratings/import", (HttpRequest request, ClaimsPrincipal user, DxDbContext db, TimeProvider clock, IOptions<ImportExportOptions> options, CancellationToken ct) =>
                ImportAsync(ImportFeedback.Kind.Ratings, request, user, db, clock, options.Value, ct))
            .WithTags(Tag).RequireAuthorization(AuthenticationSetup.WriteData).DisableAntiforgery().Accepts<IFormFile>("multipart/form-data")
            .WithMetadata(RequestSizeLimit.ForFile(limits.MaxFileBytes))
            .WithSummary("Imports ratings of dossier handling (dossier_id, unit, rated_at, satisfaction: very_satisfied, satisfied, dissatisfied): all rows or none.");
        api.MapGet("/feedback/figures", Figures).WithTags(Tag).RequireAuthorization(AuthenticationSetup.Staff)
            .WithSummary("A unit's feedback and ratings for a month (with the units below it): received, answered, on time, overdue, ratings by level, satisfied share.");
    }

    private static async Task<Results<Ok<FeedbackImportResult>, ProblemHttpResult>> ImportAsync(
        ImportFeedback.Kind kind, HttpRequest request, ClaimsPrincipal user, DxDbContext db, TimeProvider clock, ImportExportOptions options, CancellationToken ct)
    {
        var (file, unreadable) = await UploadedFile.ReadAsync(request, options.MaxFileBytes, ct);
        if (file is null)
        {
            return unreadable!;
        }
        return await ImportFeedback.ExecuteAsync(kind, file.Name, file.Bytes, options.MaxRows, options.Xlsx, user.ToActor(), db, clock, ct) switch
        {
            ImportFeedback.Done done => TypedResults.Ok(done.Result),
            ImportFeedback.BadFile bad => ImportExportApi.BadFile(bad.Message, bad.Errors),
            ImportFeedback.TooLarge tooLarge => ImportExportApi.TooLarge(tooLarge.Message, tooLarge.Setting),
            ImportFeedback.Invalid invalid => TypedResults.Problem(new HttpValidationProblemDetails(invalid.Errors)
            {
                Status = StatusCodes.Status422UnprocessableEntity,
                Title = ImportExportText.Texts.Format("InvalidRowsTitle"),
            }),
            ImportFeedback.Forbidden forbidden => FieldErrors.NotYourUnit(forbidden.Where, forbidden.Unit),
            var other => throw new InvalidOperationException($"Unexpected outcome {other.GetType().Name}."),
        };
    }

    /// <param name="unit">Unit code (default: the reader's unit, or the nation).</param>
    /// <param name="month">A month, e.g. 2025M03, or LAST_MONTH / THIS_MONTH.</param>
    internal static async Task<Results<Ok<FeedbackFigures>, ProblemHttpResult>> Figures(
        string? unit, string? month, ClaimsPrincipal user, DxDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var period = Require.Period(month ?? "LAST_MONTH", "month", clock);
        if (period.Type != PeriodType.Month)
        {
            throw new RuleViolationException(FeedbackApiText.Texts.Format("NotAMonth", month ?? ""), "month");
        }
        var access = await DossiersApi.AccessAsync(user, db, ct);
        var target = access.Units.Require(unit ?? access.Units.CodeOf(access.Actor.UnitId) ?? "VN", "unit");
        if (!access.CanRead(target))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: FeedbackApiText.Texts.Format("NotYoursTitle"),
                detail: FeedbackApiText.Texts.Format("NotYours", target.Code));
        }
        return TypedResults.Ok(await FeedbackQueries.FiguresAsync(target, DossierMonth.Of(period), access.Units, db, ct));
    }
}
