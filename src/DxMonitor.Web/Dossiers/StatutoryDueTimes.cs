using DxMonitor.Data;
using DxMonitor.Domain.Calendar;
using DxMonitor.Domain.Dossiers;
using DxMonitor.Domain.Periods;
using DxMonitor.Domain.Procedures;
using DxMonitor.Web.Calendar;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Dossiers;

/// <summary>
/// The due times the procedure catalogue gives dossiers sent without one: the version of the unit's procedure in force
/// on the day of receipt, its statutory limit counted on Vietnam's working calendar (<see cref="StatutoryDue"/>). Loaded
/// once per ingest; a procedure not in the catalogue, or without a limit, gives none (the dossier is never late).
/// </summary>
public sealed class StatutoryDueTimes
{
    private readonly Dictionary<(int Unit, string Code), List<Procedure>> _versions;
    private readonly WorkingCalendar _calendar;

    private StatutoryDueTimes(Dictionary<(int, string), List<Procedure>> versions, WorkingCalendar calendar) =>
        (_versions, _calendar) = (versions, calendar);

    public static async Task<StatutoryDueTimes> LoadAsync(DxDbContext db, CancellationToken ct)
    {
        var procedures = await db.Procedures.AsNoTracking().Where(p => p.TimeLimitDays != null).ToListAsync(ct);
        var versions = procedures.GroupBy(p => (p.UnitId, p.Code)).ToDictionary(g => g.Key, g => g.OrderBy(p => p.ValidFrom).ToList());
        return new(versions, await WorkingCalendars.LoadAsync(db, ct));
    }

    /// <summary>The due time of a dossier from its procedure's limit and its paused days; null when the catalogue sets none.</summary>
    public DateTime? For(Dossier dossier)
    {
        if (!_versions.TryGetValue((dossier.UnitId, dossier.ProcedureCode), out var versions))
        {
            return null;
        }
        var received = VietnamCalendar.DateOf(dossier.ReceivedAt);
        var version = versions.LastOrDefault(v => v.IsInForceOn(received));
        return version is null ? null : StatutoryDue.Of(version.Terms, dossier.ReceivedAt, dossier.PausedDays, _calendar);
    }
}
