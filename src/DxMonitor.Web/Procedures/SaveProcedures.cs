using System.Globalization;
using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Domain.Periods;
using DxMonitor.Domain.Procedures;
using DxMonitor.Web.Api;
using DxMonitor.Web.Resources;
using DxMonitor.Web.Units;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Procedures;

/// <summary>
/// Publishes procedures' terms, one or many (an import): each is checked, and the writer must write for its unit;
/// all are stored in one save, or none.
/// </summary>
public static class SaveProcedures
{
    /// <summary>One procedure to publish; <paramref name="Field"/> prefixes its error keys (e.g. "rows[7].").</summary>
    public sealed record Item(string Field, string? Unit, string? Code, ProcedureWrite Write);

    public abstract record Outcome;
    public sealed record Invalid(FieldErrors Errors) : Outcome;
    public sealed record Forbidden(string Field, string Unit) : Outcome;
    public sealed record Done(IReadOnlyList<ProcedureResponse> Saved, int Created, int Updated) : Outcome;

    public static async Task<Outcome> ExecuteAsync(IReadOnlyList<Item> items, Actor actor, DxDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var units = await UnitDirectory.LoadAsync(db, ct);
        var today = VietnamCalendar.Today(clock);
        var errors = new FieldErrors();
        var valid = new List<(int UnitId, string Code, DateOnly From, ProcedureTerms Terms)>();
        var seen = new HashSet<(int, string, DateOnly)>();
        foreach (var item in items)
        {
            if (!units.ByCode.TryGetValue(item.Unit?.Trim() ?? "", out var unit))
            {
                errors.Add(item.Field + "unit", ProceduresText.Texts.Format("UnknownUnit", item.Unit ?? ""));
                continue;
            }
            if (!actor.CanWriteFor(unit.Id, units.AncestorIds(unit)))
            {
                return new Forbidden(item.Field + "unit", unit.Code);
            }
            var code = item.Code?.Trim() ?? "";
            if (code.Length is 0 or > Procedure.CodeMaxLength || code.Any(char.IsControl))
            {
                errors.Add(item.Field + "procedure", ProceduresText.Texts.Format("BadCode", Procedure.CodeMaxLength));
            }
            var level = OnlineLevel.None;
            if (item.Write.OnlineLevel is { } text && !OnlineLevels.TryParse(text, out level))
            {
                errors.Add(item.Field + "onlineLevel", ProceduresText.Texts.Format("NotAnOnlineLevel", text));
            }
            var from = today;
            if (!string.IsNullOrWhiteSpace(item.Write.ValidFrom)
                && !DateOnly.TryParseExact(item.Write.ValidFrom.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out from))
            {
                errors.Add(item.Field + "validFrom", ApiText.Texts.Format("NotADate", item.Write.ValidFrom));
            }
            var (terms, problems) = new ProcedureTerms(item.Write.Name ?? "", level, item.Write.HasFee ?? false, item.Write.PaperResult ?? false,
                item.Write.TimeLimitDays, item.Write.WorkingDays ?? true).Checked();
            errors.AddRange(problems, item.Field);
            if (!seen.Add((unit.Id, code, from)))
            {
                errors.Add(item.Field + "procedure", ProceduresText.Texts.Format("Twice", unit.Code, code, from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            }
            valid.Add((unit.Id, code, from, terms));
        }
        if (errors.Count > 0)
        {
            return new Invalid(errors);
        }
        var unitIds = valid.Select(v => v.UnitId).Distinct().ToList();
        var codes = valid.Select(v => v.Code).Distinct().ToList();
        var existing = (await db.Procedures.Where(p => unitIds.Contains(p.UnitId) && codes.Contains(p.Code)).ToListAsync(ct))
            .GroupBy(p => (p.UnitId, p.Code)).ToDictionary(g => g.Key, g => g.ToList());
        var written = new List<Procedure>();
        var created = 0;
        foreach (var (unitId, code, from, terms) in valid)
        {
            if (!existing.TryGetValue((unitId, code), out var versions))
            {
                existing[(unitId, code)] = versions = [];
            }
            var version = ProcedureVersions.Publish(versions, terms, from, () =>
            {
                created++;
                return db.Procedures.Add(new Procedure { UnitId = unitId, Code = code, ValidFrom = from, Name = terms.Name }).Entity;
            });
            written.Add(version);
        }
        await db.SaveChangesAsync(ct);
        return new Done(written.Select(p => ProcedureQueries.ToResponse(p, units)).ToList(), created, valid.Count - created);
    }
}
