using DxMonitor.Data;
using DxMonitor.Domain;
using DxMonitor.Domain.Access;
using DxMonitor.Domain.Feedback;
using DxMonitor.Web.Api;
using DxMonitor.Web.ImportExport;
using DxMonitor.Web.Resources;
using DxMonitor.Web.Units;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Feedback;

/// <summary>
/// Imports a CSV or XLSX file of feedback (phản ánh, kiến nghị) or of dossier ratings: every wrong cell is named by row
/// and column, a row of a unit the sender may not write for is refused naming it, and all rows are stored (created, or
/// updated by unit and number) or none.
/// </summary>
public static class ImportFeedback
{
    public enum Kind
    {
        Feedback,
        Ratings,
    }

    public abstract record Outcome;
    public sealed record BadFile(string Message, Dictionary<string, string[]>? Errors = null) : Outcome;
    public sealed record TooLarge(string Message, string Setting) : Outcome;
    public sealed record Invalid(Dictionary<string, string[]> Errors) : Outcome;
    public sealed record Forbidden(string Where, string Unit) : Outcome;
    public sealed record Done(FeedbackImportResult Result) : Outcome;

    public static async Task<Outcome> ExecuteAsync(
        Kind kind, string fileName, byte[] bytes, int maxRows, XlsxLimits xlsx, Actor actor, DxDbContext db, TimeProvider clock, CancellationToken ct)
    {
        SheetTable? table;
        try
        {
            table = bytes.Length == 0 ? null : ImportValues.ReadTable(fileName, bytes, xlsx);
        }
        catch (UnreadableFileException e)
        {
            return new BadFile(e.Message);
        }
        catch (FileTooLargeException e)
        {
            return new TooLarge(e.Message, e.Setting);
        }
        if (table is null)
        {
            return new BadFile(bytes.Length == 0 ? ImportExportText.Texts.Format("FileEmpty") : ImportExportText.Texts.Format("NotCsvOrXlsx", fileName));
        }
        var columns = kind == Kind.Feedback ? FeedbackSheets.Feedback : FeedbackSheets.Ratings;
        var (layout, headerErrors) = ImportHeader.Read(columns, table.Header);
        if (headerErrors.Count > 0)
        {
            return new BadFile(ImportExportText.Texts.Format("WrongHeader"), headerErrors);
        }
        if (table.Rows.Count == 0 || table.Rows.Count > maxRows)
        {
            return new BadFile(table.Rows.Count == 0 ? ImportExportText.Texts.Format("NoDataRows") : ImportExportText.Texts.Format("TooManyRows", table.Rows.Count, maxRows));
        }
        var units = await UnitDirectory.LoadAsync(db, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var errors = new FieldErrors();
        var feedback = new List<FeedbackRecord>();
        var ratings = new List<DossierRating>();
        foreach (var row in table.Rows)
        {
            string? Cell(string key) => layout.TryGetValue(key, out var c) && row[c - 1].Text.Trim() is { Length: > 0 } text ? text : null;
            string Where(string key) => ImportHeader.Where(row.Number, layout, key);
            var (record, unitCode, problems) = kind == Kind.Feedback
                ? Unpack(FeedbackParser.Feedback(Cell, now))
                : Unpack(FeedbackParser.Rating(Cell, now));
            foreach (var problem in problems)
            {
                errors.Add(Where(problem.Field), problem.Message);
            }
            if (unitCode.Length == 0)
            {
                continue;
            }
            if (!units.ByCode.TryGetValue(unitCode, out var unit))
            {
                errors.Add(Where("unit"), ApiText.Texts.Format("UnitNotFound", unitCode));
                continue;
            }
            if (!actor.CanWriteFor(unit.Id, units.AncestorIds(unit)))
            {
                return new Forbidden(Where("unit"), unitCode);
            }
            switch (record)
            {
                case FeedbackRecord f:
                    f.UnitId = unit.Id;
                    feedback.Add(f);
                    break;
                case DossierRating r:
                    r.UnitId = unit.Id;
                    ratings.Add(r);
                    break;
            }
        }
        var twice = feedback.Select(FeedbackKey).Concat(ratings.Select(RatingKey)).GroupBy(k => k).Where(g => g.Count() > 1).Select(g => g.Key.Number);
        foreach (var number in twice)
        {
            errors.Add("rows", FeedbackApiText.Texts.Format("GivenTwice", number));
        }
        if (errors.Count > 0)
        {
            return new Invalid(errors.ToDictionary());
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var unitIds = feedback.Select(f => f.UnitId).Concat(ratings.Select(r => r.UnitId)).Distinct().ToList();
        var (created, updated) = kind == Kind.Feedback
            ? await StoreAsync(db, db.Feedback, db.Feedback.Where(f => unitIds.Contains(f.UnitId)), feedback, FeedbackKey, ct)
            : await StoreAsync(db, db.DossierRatings, db.DossierRatings.Where(r => unitIds.Contains(r.UnitId)), ratings, RatingKey, ct);
        await transaction.CommitAsync(ct);
        return new Done(new FeedbackImportResult(table.Rows.Count, created, updated));
    }

    private static (int Unit, string Number) FeedbackKey(FeedbackRecord f) => (f.UnitId, f.Number);

    private static (int Unit, string Number) RatingKey(DossierRating r) => (r.UnitId, r.DossierNumber);

    private static (object? Record, string Unit, IReadOnlyList<FieldProblem> Problems) Unpack<T>(FeedbackParser.Result<T> result) where T : class =>
        (result.Record, result.UnitCode, result.Problems);

    /// <summary>Stores the rows in the caller's transaction: each replaces the record of its unit and number, or is added.</summary>
    private static async Task<(int Created, int Updated)> StoreAsync<T>(
        DxDbContext db, DbSet<T> set, IQueryable<T> ofTheUnits, List<T> rows, Func<T, (int Unit, string Number)> key, CancellationToken ct) where T : class
    {
        var keys = rows.Select(key).ToHashSet();
        var replaced = (await ofTheUnits.ToListAsync(ct)).Where(r => keys.Contains(key(r))).ToList();
        set.RemoveRange(replaced);
        await db.SaveChangesAsync(ct);
        set.AddRange(rows);
        await db.SaveChangesAsync(ct);
        return (rows.Count - replaced.Count, replaced.Count);
    }
}
