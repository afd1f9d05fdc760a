using DxMonitor.Data;
using DxMonitor.Domain.Units;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Reporting;

/// <summary>A round's code when the analyst leaves it blank: R-{period}-{PRV|MIN}, with -2, -3… when taken.</summary>
public static class RoundCodes
{
    public static async Task<string> NextAsync(string period, UnitLevel level, DxDbContext db, CancellationToken ct)
    {
        var stem = $"R-{period.ToUpperInvariant()}-{(level == UnitLevel.Ministry ? "MIN" : "PRV")}";
        var taken = await db.Rounds.Where(r => r.Code.StartsWith(stem)).Select(r => r.Code).ToListAsync(ct);
        var code = stem;
        for (var n = 2; taken.Contains(code, StringComparer.Ordinal); n++)
        {
            code = $"{stem}-{n}";
        }
        return code;
    }
}
