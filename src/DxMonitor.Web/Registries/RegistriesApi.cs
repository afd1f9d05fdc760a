using System.Security.Claims;
using DxMonitor.Data;
using DxMonitor.Domain.Registries;
using DxMonitor.Web.Accounts;
using DxMonitor.Web.Api;
using DxMonitor.Web.ImportExport;
using DxMonitor.Web.Monitoring;
using DxMonitor.Web.Resources;
using DxMonitor.Web.Units;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DxMonitor.Web.Registries;

/// <summary>
/// The registries, all through one set of routes: /registries/{registry} where registry is platforms,
/// community-teams, dead-zones, database-catalogues or data-sharing-violations. Every signed-in user reads
/// them; officers write their own unit's entries, national analysts and administrators any unit's.
/// </summary>
public static class RegistriesApi
{
    public static void MapRegistries(this IEndpointRouteBuilder api)
    {
        var limits = api.ServiceProvider.GetRequiredService<IOptions<ImportExportOptions>>().Value;
        var group = api.MapGroup("/registries").WithTags("Registries").RequireAuthorization();
        group.MapGet("/", List).WithSummary("The registries: their fields, who keeps them, which indicators they count for.");
        group.MapGet("/{registry}", Entries).WithSummary("A registry's entries, by unit and name words (diacritics ignored).");
        group.MapGet("/{registry}/export.csv", ExportCsv).WithSummary("A registry's entries as CSV (UTF-8 with BOM); the file imports back.");
        group.MapGet("/{registry}/export.xlsx", ExportXlsx).WithSummary("A registry's entries as an Excel workbook; the file imports back.");
        group.MapPost("/{registry}", Create).RequireAuthorization(AuthenticationSetup.WriteData).WithSummary("Adds an entry; the registry's counts are rewritten.");
        group.MapPost("/{registry}/import", Import).RequireAuthorization(AuthenticationSetup.WriteData)
            .DisableAntiforgery().Accepts<IFormFile>("multipart/form-data")
            .WithMetadata(RequestSizeLimit.ForFile(limits.MaxFileBytes))
            .WithSummary("Imports entries (form field 'file', CSV or XLSX): rows with an id update, rows without add; all or none.");
        group.MapGet("/{registry}/{id:guid}", Get).WithSummary("One entry.");
        group.MapPut("/{registry}/{id:guid}", Update).RequireAuthorization(AuthenticationSetup.WriteData).WithSummary("Updates an entry.");
        group.MapDelete("/{registry}/{id:guid}", Delete).RequireAuthorization(AuthenticationSetup.WriteData).WithSummary("Removes an entry.");
        group.MapGet("/{registry}/{id:guid}/history", History).WithSummary("Every audited change of an entry: who, when, old, new.");
    }

    internal static async Task<Ok<List<RegistryResponse>>> List(DxDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await RegistryQueries.RegistriesAsync(db, ct));

    /// <param name="unit">Only entries of this unit.</param>
    /// <param name="search">Words of the name; diacritics and case ignored.</param>
    /// <param name="page">Page from 1.</param>
    /// <param name="pageSize">Items per page, at most 500.</param>
    internal static async Task<Results<Ok<Paged<RegistryEntryResponse>>, ProblemHttpResult>> Entries(
        string registry, string? unit, string? search, int? page, int? pageSize, DxDbContext db, CancellationToken ct)
    {
        var paging = PageRequest.From(page, pageSize);
        if (RegistryCatalogue.Find(registry) is not { } definition)
        {
            return UnknownRegistry(registry);
        }
        var units = await UnitDirectory.LoadAsync(db, ct);
        int? unitId = string.IsNullOrWhiteSpace(unit) ? null : units.Require(unit, "unit").Id;
        return TypedResults.Ok(paging.Of(await RegistryQueries.EntriesAsync(definition, unitId, search, units, db, ct)));
    }

    internal static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportCsv(string registry, string? unit, DxDbContext db, CancellationToken ct) =>
        await ExportAsync(registry, unit, db, ct) is { } e ? TableExport.Csv($"{registry}.csv", e.Sheet.Headers, e.Rows) : UnknownRegistry(registry);

    internal static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportXlsx(string registry, string? unit, DxDbContext db, CancellationToken ct) =>
        await ExportAsync(registry, unit, db, ct) is { } e
            ? TypedResults.File(XlsxFormat.Write("Sổ đăng ký", e.Sheet.Headers, e.Rows), XlsxFormat.ContentType, $"{registry}.xlsx")
            : UnknownRegistry(registry);

    internal static async Task<Results<Ok<RegistryEntryResponse>, ProblemHttpResult>> Get(string registry, Guid id, DxDbContext db, CancellationToken ct)
    {
        var entry = await db.RegistryEntries.AsNoTracking().SingleOrDefaultAsync(e => e.Registry == registry && e.Id == id, ct);
        return entry is null ? UnknownEntry(registry, id) : TypedResults.Ok(RegistryQueries.ToResponse(entry, await UnitDirectory.LoadAsync(db, ct)));
    }

    internal static Task<Results<Created<RegistryEntryResponse>, ProblemHttpResult>> Create(
        string registry, RegistryEntryWrite body, ClaimsPrincipal user, DxDbContext db, TimeProvider clock, ReportChannel monitoring, CancellationToken ct) =>
        SaveAsync(registry, null, body, user, db, clock, monitoring, ct);

    internal static async Task<Results<Ok<RegistryEntryResponse>, ProblemHttpResult>> Update(
        string registry, Guid id, RegistryEntryWrite body, ClaimsPrincipal user, DxDbContext db, TimeProvider clock, ReportChannel monitoring, CancellationToken ct) =>
        await SaveAsync(registry, id, body, user, db, clock, monitoring, ct) switch
        {
            { Result: Created<RegistryEntryResponse> created } => TypedResults.Ok(created.Value),
            { Result: ProblemHttpResult problem } => problem,
            var other => throw new InvalidOperationException($"Unexpected result {other.Result}."),
        };

    internal static async Task<Results<NoContent, ProblemHttpResult>> Delete(
        string registry, Guid id, ClaimsPrincipal user, DxDbContext db, TimeProvider clock, ReportChannel monitoring, CancellationToken ct)
    {
        if (RegistryCatalogue.Find(registry) is not { } definition)
        {
            return UnknownRegistry(registry);
        }
        return await SaveRegistryEntry.DeleteAsync(definition, id, user.ToActor(), db, clock, monitoring, ct) ? TypedResults.NoContent() : UnknownEntry(registry, id);
    }

    internal static async Task<Results<Ok<List<Projects.ChangeResponse>>, ProblemHttpResult>> History(string registry, Guid id, DxDbContext db, CancellationToken ct)
    {
        var subject = $"registry/{registry}/{id}";
        var changes = await db.RecordChanges.AsNoTracking().Where(c => c.Subject == subject).OrderBy(c => c.Id)
            .Select(c => new Projects.ChangeResponse(c.Subject, c.Action, c.OldValues, c.NewValues, c.ChangedBy, c.ChangedAt)).ToListAsync(ct);
        return changes.Count == 0 ? UnknownEntry(registry, id) : TypedResults.Ok(changes);
    }

    internal static async Task<Results<Ok<RegistryImportResult>, ProblemHttpResult>> Import(
        string registry, HttpRequest request, ClaimsPrincipal user, DxDbContext db, TimeProvider clock, ReportChannel monitoring,
        IOptions<ImportExportOptions> options, CancellationToken ct)
    {
        if (RegistryCatalogue.Find(registry) is not { } definition)
        {
            return UnknownRegistry(registry);
        }
        var (file, unreadable) = await UploadedFile.ReadAsync(request, options.Value.MaxFileBytes, ct);
        if (file is null)
        {
            return unreadable!;
        }
        return await ImportRegistry.ExecuteAsync(definition, file.Name, file.Bytes, options.Value.MaxRows, options.Value.Xlsx, user.ToActor(), db, clock, monitoring, ct) switch
        {
            ImportRegistry.Done done => TypedResults.Ok(done.Result),
            ImportRegistry.BadFile bad => ImportExportApi.BadFile(bad.Message, bad.Errors),
            ImportRegistry.TooLarge tooLarge => ImportExportApi.TooLarge(tooLarge.Message, tooLarge.Setting),
            ImportRegistry.Invalid invalid => TypedResults.Problem(new HttpValidationProblemDetails(invalid.Errors)
            {
                Status = StatusCodes.Status422UnprocessableEntity,
                Title = ImportExportText.Texts.Format("InvalidRowsTitle"),
            }),
            ImportRegistry.Forbidden forbidden => FieldErrors.NotYourUnit(forbidden.Where, forbidden.Unit),
            var other => throw new InvalidOperationException($"Unexpected outcome {other.GetType().Name}."),
        };
    }

    private static async Task<Results<Created<RegistryEntryResponse>, ProblemHttpResult>> SaveAsync(
        string registry, Guid? id, RegistryEntryWrite body, ClaimsPrincipal user, DxDbContext db, TimeProvider clock, ReportChannel monitoring, CancellationToken ct)
    {
        if (RegistryCatalogue.Find(registry) is not { } definition)
        {
            return UnknownRegistry(registry);
        }
        var outcome = await SaveRegistryEntry.ExecuteAsync(definition, [new("", id, body)], user.ToActor(), db, clock, monitoring, ct);
        switch (outcome)
        {
            case SaveRegistryEntry.Done done:
                var entry = RegistryQueries.ToResponse(done.Entries[0], await UnitDirectory.LoadAsync(db, ct));
                return TypedResults.Created($"/api/v1/registries/{registry}/{entry.Id}", entry);
            case SaveRegistryEntry.Invalid invalid:
                return invalid.Errors.ToProblem(RegistriesText.Texts.Format("InvalidEntryTitle"));
            case SaveRegistryEntry.Forbidden forbidden:
                return FieldErrors.NotYourUnit(forbidden.Field, forbidden.Unit);
            default:
                return UnknownEntry(registry, id ?? Guid.Empty);
        }
    }

    private static async Task<(RegistrySheet Sheet, IEnumerable<IReadOnlyList<object?>> Rows)?> ExportAsync(string registry, string? unit, DxDbContext db, CancellationToken ct)
    {
        if (RegistryCatalogue.Find(registry) is not { } definition)
        {
            return null;
        }
        var units = await UnitDirectory.LoadAsync(db, ct);
        int? unitId = string.IsNullOrWhiteSpace(unit) ? null : units.Require(unit, "unit").Id;
        var sheet = new RegistrySheet(definition);
        var entries = await RegistryQueries.EntriesAsync(definition, unitId, null, units, db, ct);
        return (sheet, entries.Select(sheet.Row));
    }

    private static ProblemHttpResult UnknownRegistry(string registry) => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: RegistriesText.Texts.Format("UnknownRegistryTitle"),
        detail: RegistriesText.Texts.Format("UnknownRegistry", registry, string.Join(", ", RegistryCatalogue.All.Select(r => r.Key))));

    private static ProblemHttpResult UnknownEntry(string registry, Guid id) => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound,
        title: RegistriesText.Texts.Format("UnknownEntryTitle"), detail: RegistriesText.Texts.Format("UnknownEntry", id, registry));
}
