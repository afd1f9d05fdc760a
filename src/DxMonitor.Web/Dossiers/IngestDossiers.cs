using DxMonitor.Data;
using DxMonitor.Data.Dossiers;
using DxMonitor.Web.Api;
using DxMonitor.Web.Hosting;
using DxMonitor.Web.Monitoring;
using DxMonitor.Web.Resources;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DxMonitor.Web.Dossiers;

/// <summary>
/// The one ingest use case behind the upload, the JSON batch and the stream: rows are checked and staged as
/// they arrive, stored together or not at all (with the batch that names the units they touched), then the touched units'
/// quarterly figures are recomputed; should the process die in between, <see cref="DossierFiguresReconciler"/> finishes it.
/// </summary>
public static class IngestDossiers
{
    public sealed record Context(DossierAccess Access, DxDbContext Db, TimeProvider Clock, ReportChannel Monitoring, DossiersOptions Options, FaultPoints Faults);

    /// <param name="where">Names a problem's place: "row 7, column F (received_at)", "dossiers[3].receivedAt", ….</param>
    public static async Task<Results<Ok<IngestResponse>, ProblemHttpResult>> ExecuteAsync(
        IAsyncEnumerable<DossierIngest.Row> rows, Func<DossierIngest.Problem, string> where, string channel, Context context, CancellationToken ct)
    {
        var now = context.Clock.GetUtcNow().UtcDateTime;
        DossierIngest.Outcome outcome;
        try
        {
            var dueTimes = await StatutoryDueTimes.LoadAsync(context.Db, ct);
            await using var store = await DossierStore.BeginAsync(context.Db, ct);
            outcome = await DossierIngest.RunAsync(rows, context.Access.Resolve, store,
                new(context.Access.Actor.Name, channel, now, context.Options.MaxProblems, dueTimes.For), ct);
        }
        catch (UnreadableInputException e)
        {
            return Unreadable(e.Message);
        }
        catch (DossierConflictException e)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: DossiersText.Texts.Format("UploadConflictTitle"), detail: e.Message);
        }
        switch (outcome)
        {
            case DossierIngest.Done done:
                context.Faults.Reach(FaultPoints.DossiersCommitted);
                var written = await PublishDossierFigures.ExecuteAsync(done.BatchId, context.Db, context.Clock, context.Monitoring, ct);
                return TypedResults.Ok(new IngestResponse(done.Rows, done.Touched.Count, written));
            case DossierIngest.Invalid invalid:
                var errors = invalid.Problems.GroupBy(where).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray());
                return TypedResults.Problem(new HttpValidationProblemDetails(errors)
                {
                    Status = StatusCodes.Status422UnprocessableEntity,
                    Title = DossiersText.Texts.Format("InvalidRowsTitle"),
                    Detail = invalid.Stopped
                        ? DossiersText.Texts.Format("ReadingStopped", invalid.Rows, invalid.Problems.Count)
                        : DossiersText.Texts.Format("RowsRead", invalid.Rows, invalid.Problems.Count),
                    Extensions = { ["rowsRead"] = invalid.Rows, ["stopped"] = invalid.Stopped },
                });
            case DossierIngest.Forbidden forbidden:
                var field = where(new DossierIngest.Problem(forbidden.Row, "unit", ""));
                return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: ApiText.Texts.Format("NotYourUnitTitle"),
                    detail: DossiersText.Texts.Format("NotYourUnitDossiers", field, forbidden.Unit),
                    extensions: new Dictionary<string, object?> { ["field"] = field });
            default:
                return Unreadable(DossiersText.Texts.Format("NoDossiers"));
        }
    }

    public static ProblemHttpResult Unreadable(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: DossiersText.Texts.Format("UnreadableTitle"), detail: detail);

    /// <param name="adviceKey">The DossiersText key of what to do instead.</param>
    public static ProblemHttpResult TooLarge(long max, string setting, string adviceKey) => TypedResults.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge, title: DossiersText.Texts.Format("TooLargeTitle"),
        detail: DossiersText.Texts.Format("TooLarge", max, setting, DossiersText.Texts.Format(adviceKey)));
}
