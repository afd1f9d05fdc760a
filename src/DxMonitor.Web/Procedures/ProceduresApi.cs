using System.Security.Claims;
using DxMonitor.Data;
using DxMonitor.Domain.Periods;
using DxMonitor.Domain.Procedures;
using DxMonitor.Web.Accounts;
using DxMonitor.Web.Api;
using DxMonitor.Web.ImportExport;
using DxMonitor.Web.Resources;
using DxMonitor.Web.Units;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DxMonitor.Web.Procedures;

/// <summary>
/// The procedure catalogue (danh mục thủ tục hành chính) of every unit: public, as the national portal publishes it;
/// written by the unit's officers and national staff, version by version from their publication dates.
/// </summary>
public static class ProceduresApi
{
    public static void MapProcedures(this IEndpointRouteBuilder api)
    {
        var limits = api.ServiceProvider.GetRequiredService<IOptions<ImportExportOptions>>().Value;
        var group = api.MapGroup("/procedures").WithTags("Procedures");
        group.MapGet("/", List).WithSummary("The procedures in force on a date (default today), of one unit or all, by name or code words (diacritics ignored).");
        group.MapGet("/{unit}/{code}", Versions).WithSummary("Every version of one procedure of a unit, oldest first.");
        group.MapPut("/{unit}/{code}", Publish).RequireAuthorization(AuthenticationSetup.WriteData)
            .WithSummary("Publishes a procedure's terms from a date: the version of that date is changed, or a new one made and the others closed around it.");
        group.MapPost("/{unit}/{code}/retire", Retire).RequireAuthorization(AuthenticationSetup.WriteData)
            .WithSummary("Ends a procedure from a date: its last version stops applying then.");
        group.MapPost("/import", Import).RequireAuthorization(AuthenticationSetup.WriteData)
            .DisableAntiforgery().Accepts<IFormFile>("multipart/form-data")
            .WithMetadata(RequestSizeLimit.ForFile(limits.MaxFileBytes))
            .WithSummary("Imports a catalogue (form field 'file', CSV or XLSX; columns unit, procedure, name, online_level, fee, paper_result, time_limit_days, working_days, valid_from): all rows or none.");
    }

    /// <param name="unit">Only this unit's procedures.</param>
    /// <param name="on">The date (yyyy-MM-dd) the versions are in force on; default today.</param>
    /// <param name="search">Words of the name or the code; diacritics and case ignored.</param>
    /// <param name="page">Page from 1.</param>
    /// <param name="pageSize">Items per page, at most 500.</param>
    internal static async Task<Ok<Paged<ProcedureResponse>>> List(
        string? unit, string? on, string? search, int? page, int? pageSize, DxDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var paging = PageRequest.From(page, pageSize);
        var date = string.IsNullOrWhiteSpace(on) ? VietnamCalendar.Today(clock) : Require.Date(on, "on");
        var units = await UnitDirectory.LoadAsync(db, ct);
        int? unitId = string.IsNullOrWhiteSpace(unit) ? null : units.Require(unit, "unit").Id;
        return TypedResults.Ok(paging.Of(await ProcedureQueries.InForceAsync(db, units, unitId, date, search, ct)));
    }

    internal static async Task<Results<Ok<List<ProcedureResponse>>, ProblemHttpResult>> Versions(string unit, string code, DxDbContext db, CancellationToken ct)
    {
        var units = await UnitDirectory.LoadAsync(db, ct);
        var versions = await ProcedureQueries.VersionsAsync(db, units, units.Require(unit, "unit").Id, code, ct);
        return versions.Count > 0 ? TypedResults.Ok(versions) : NotFound(unit, code);
    }

    internal static async Task<Results<Ok<ProcedureResponse>, ProblemHttpResult>> Publish(
        string unit, string code, ProcedureWrite body, ClaimsPrincipal user, DxDbContext db, TimeProvider clock, CancellationToken ct) =>
        await SaveProcedures.ExecuteAsync([new("", unit, code, body)], user.ToActor(), db, clock, ct) switch
        {
            SaveProcedures.Done done => TypedResults.Ok(done.Saved[0]),
            SaveProcedures.Invalid invalid => invalid.Errors.ToProblem(ProceduresText.Texts.Format("InvalidTitle")),
            SaveProcedures.Forbidden forbidden => FieldErrors.NotYourUnit(forbidden.Field, forbidden.Unit),
            var other => throw new InvalidOperationException($"Unexpected outcome {other.GetType().Name}."),
        };

    internal static async Task<Results<Ok<List<ProcedureResponse>>, ProblemHttpResult>> Retire(
        string unit, string code, RetireProcedureRequest body, ClaimsPrincipal user, DxDbContext db, CancellationToken ct)
    {
        var units = await UnitDirectory.LoadAsync(db, ct);
        var owner = units.Require(unit, "unit");
        if (!user.ToActor().CanWriteFor(owner.Id, units.AncestorIds(owner)))
        {
            return FieldErrors.NotYourUnit("unit", owner.Code);
        }
        var on = Require.Date(body.On, "on");
        var versions = await db.Procedures.Where(p => p.UnitId == owner.Id && p.Code == code).ToListAsync(ct);
        if (versions.Count == 0)
        {
            return NotFound(unit, code);
        }
        ProcedureVersions.Retire(versions, on);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await ProcedureQueries.VersionsAsync(db, units, owner.Id, code, ct));
    }

    internal static async Task<Results<Ok<ProcedureImportResult>, ProblemHttpResult>> Import(
        HttpRequest request, ClaimsPrincipal user, DxDbContext db, TimeProvider clock, IOptions<ImportExportOptions> options, CancellationToken ct)
    {
        var (file, unreadable) = await UploadedFile.ReadAsync(request, options.Value.MaxFileBytes, ct);
        if (file is null)
        {
            return unreadable!;
        }
        return await ImportProcedures.ExecuteAsync(file.Name, file.Bytes, options.Value.MaxRows, options.Value.Xlsx, user.ToActor(), db, clock, ct) switch
        {
            ImportProcedures.Done done => TypedResults.Ok(done.Result),
            ImportProcedures.BadFile bad => ImportExportApi.BadFile(bad.Message, bad.Errors),
            ImportProcedures.TooLarge tooLarge => ImportExportApi.TooLarge(tooLarge.Message, tooLarge.Setting),
            ImportProcedures.Invalid invalid => TypedResults.Problem(new HttpValidationProblemDetails(invalid.Errors)
            {
                Status = StatusCodes.Status422UnprocessableEntity,
                Title = ImportExportText.Texts.Format("InvalidRowsTitle"),
            }),
            ImportProcedures.Forbidden forbidden => FieldErrors.NotYourUnit(forbidden.Where, forbidden.Unit),
            var other => throw new InvalidOperationException($"Unexpected outcome {other.GetType().Name}."),
        };
    }

    private static ProblemHttpResult NotFound(string unit, string code) => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound,
        title: ProceduresText.Texts.Format("UnknownProcedureTitle"), detail: ProceduresText.Texts.Format("UnknownProcedure", unit, code));
}
