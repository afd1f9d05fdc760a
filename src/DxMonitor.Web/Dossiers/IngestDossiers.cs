using System.Globalization;
using DxMonitor.Data;
using DxMonitor.Data.Dossiers;
using DxMonitor.Web.Monitoring;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DxMonitor.Web.Dossiers;

/// <summary>
/// The one ingest use case behind the upload, the JSON batch and the stream: rows are checked and staged as
/// they arrive, stored together or not at all, and the touched units' quarterly figures are published.
/// </summary>
public static class IngestDossiers
{
    public sealed record Context(DossierAccess Access, DxDbContext Db, TimeProvider Clock, ReportChannel Monitoring, DossiersOptions Options);

    /// <param name="where">Names a problem's place: "row 7, column F (received_at)", "dossiers[3].receivedAt", ….</param>
    public static async Task<Results<Ok<IngestResponse>, ProblemHttpResult>> ExecuteAsync(
        IAsyncEnumerable<DossierIngest.Row> rows, Func<DossierIngest.Problem, string> where, string channel, Context context, CancellationToken ct)
    {
        var now = context.Clock.GetUtcNow().UtcDateTime;
        DossierIngest.Outcome outcome;
        try
        {
            await using var store = await DossierStore.BeginAsync(context.Db, ct);
            outcome = await DossierIngest.RunAsync(rows, context.Access.Resolve, store,
                new(context.Access.Actor.Name, channel, now, context.Options.MaxProblems), ct);
        }
        catch (UnreadableInputException e)
        {
            return Unreadable(e.Message);
        }
        catch (DossierConflictException e)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Dossiers being written by another upload", detail: e.Message);
        }
        switch (outcome)
        {
            case DossierIngest.Done done:
                var written = await PublishDossierFigures.ExecuteAsync(done.Touched, context.Access.Actor.Name, context.Db, context.Clock, context.Monitoring, ct);
                return TypedResults.Ok(new IngestResponse(done.Rows, done.Touched.Count, written));
            case DossierIngest.Invalid invalid:
                var errors = invalid.Problems.GroupBy(where).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray());
                return TypedResults.Problem(new HttpValidationProblemDetails(errors)
                {
                    Status = StatusCodes.Status422UnprocessableEntity,
                    Title = "Invalid rows; nothing was stored.",
                    Detail = invalid.Stopped
                        ? string.Create(CultureInfo.InvariantCulture, $"Reading stopped at row {invalid.Rows} after {invalid.Problems.Count} problems; correct them and send the whole input again.")
                        : string.Create(CultureInfo.InvariantCulture, $"{invalid.Rows} rows read, {invalid.Problems.Count} problems; correct them and send the whole input again."),
                    Extensions = { ["rowsRead"] = invalid.Rows, ["stopped"] = invalid.Stopped },
                });
            case DossierIngest.Forbidden forbidden:
                var field = where(new DossierIngest.Problem(forbidden.Row, "unit", ""));
                return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not your unit",
                    detail: $"{field}: you may not send dossiers of unit {forbidden.Unit}. Nothing was stored.",
                    extensions: new Dictionary<string, object?> { ["field"] = field });
            default:
                return Unreadable("The input has no dossiers.");
        }
    }

    public static ProblemHttpResult Unreadable(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unreadable input; nothing was stored.", detail: detail);

    public static ProblemHttpResult TooLarge(long max, string setting, string advice) => TypedResults.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge, title: "Too large; nothing was stored.",
        detail: string.Create(CultureInfo.InvariantCulture, $"The input exceeds {max} bytes ({setting}). {advice}"));
}
