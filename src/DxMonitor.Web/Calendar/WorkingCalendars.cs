using DxMonitor.Data;
using DxMonitor.Domain.Calendar;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Calendar;

/// <summary>
/// The working-day calendar as it stands: the statute's rules with the administrators' adjustments. Read from the
/// database each time (a few dozen rows), so every instance sees an adjustment as soon as it is saved.
/// </summary>
public static class WorkingCalendars
{
    public static async Task<WorkingCalendar> LoadAsync(DxDbContext db, CancellationToken ct) =>
        new(await db.CalendarAdjustments.AsNoTracking().ToListAsync(ct));
}
