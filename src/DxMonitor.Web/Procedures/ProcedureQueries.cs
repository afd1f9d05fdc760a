using DxMonitor.Data;
using DxMonitor.Domain.Procedures;
using DxMonitor.Domain.Text;
using DxMonitor.Web.Units;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Procedures;

public static class ProcedureQueries
{
    /// <summary>The versions in force on <paramref name="on"/>, of one unit or all, by unit and code, optionally by name words.</summary>
    public static async Task<List<ProcedureResponse>> InForceAsync(DxDbContext db, UnitDirectory units, int? unitId, DateOnly on, string? search, CancellationToken ct)
    {
        var query = db.Procedures.AsNoTracking().Where(p => p.ValidFrom <= on && (p.ValidTo == null || on < p.ValidTo));
        if (unitId is { } id)
        {
            query = query.Where(p => p.UnitId == id);
        }
        var folded = SearchText.Fold(search);
        if (folded.Length > 0)
        {
            query = query.Where(p => p.NameFolded.Contains(folded) || p.Code.Contains(search!.Trim()));
        }
        var rows = await query.OrderBy(p => p.UnitId).ThenBy(p => p.Code).ToListAsync(ct);
        return rows.Select(p => ToResponse(p, units)).ToList();
    }

    public static async Task<List<ProcedureResponse>> VersionsAsync(DxDbContext db, UnitDirectory units, int unitId, string code, CancellationToken ct) =>
        (await db.Procedures.AsNoTracking().Where(p => p.UnitId == unitId && p.Code == code).OrderBy(p => p.ValidFrom).ToListAsync(ct))
            .Select(p => ToResponse(p, units)).ToList();

    public static ProcedureResponse ToResponse(Procedure p, UnitDirectory units) =>
        new(units.CodeOf(p.UnitId) ?? "", p.Code, p.Name, p.OnlineLevel, p.HasFee, p.PaperResult, p.TimeLimitDays, p.WorkingDays, p.ValidFrom, p.ValidTo);
}
