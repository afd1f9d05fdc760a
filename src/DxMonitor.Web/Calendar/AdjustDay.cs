using DxMonitor.Data;
using DxMonitor.Domain;
using DxMonitor.Domain.Calendar;
using DxMonitor.Web.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DxMonitor.Web.Calendar;

/// <summary>An administrator enters a day of the government's yearly announcement, or changes one already entered.</summary>
public static class AdjustDay
{
    public static async Task<Ok<CalendarDayResponse>> Handle(string date, AdjustDayRequest request, DxDbContext db, CancellationToken ct)
    {
        var day = Require.Date(date, "date");
        RequireYear(day);
        var reason = request.Reason ?? "";
        var adjustment = await db.CalendarAdjustments.FindAsync([day], ct);
        if (adjustment is null)
        {
            db.CalendarAdjustments.Add(new CalendarAdjustment(day, request.IsWorkingDay, reason));
        }
        else
        {
            adjustment.Change(request.IsWorkingDay, reason);
        }
        await db.SaveChangesAsync(ct);
        var calendar = await WorkingCalendars.LoadAsync(db, ct);
        return TypedResults.Ok(CalendarQueries.Year(calendar, day.Year).Days.Single(d => d.Date == day));
    }

    public static async Task<Results<NoContent, NotFound>> Remove(string date, DxDbContext db, CancellationToken ct)
    {
        var day = Require.Date(date, "date");
        var adjustment = await db.CalendarAdjustments.FindAsync([day], ct);
        if (adjustment is null)
        {
            return TypedResults.NotFound();
        }
        db.CalendarAdjustments.Remove(adjustment);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    internal static void RequireYear(DateOnly day)
    {
        if (day.Year is < CalendarQueries.FirstYear or > CalendarQueries.LastYear)
        {
            throw new RuleViolationException(Resources.CalendarPageText.Texts.Format("YearOutOfRange", CalendarQueries.FirstYear, CalendarQueries.LastYear), "date");
        }
    }
}
