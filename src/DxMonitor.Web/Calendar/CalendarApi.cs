using DxMonitor.Data;
using DxMonitor.Domain;
using DxMonitor.Web.Resources;
using DxMonitor.Web.Users;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DxMonitor.Web.Calendar;

/// <summary>Vietnam's working-day calendar (lịch ngày làm việc): public holidays, compensatory days and announced changes.</summary>
public static class CalendarApi
{
    public static void MapCalendar(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/calendar").WithTags("Calendar");
        group.MapGet("/{year:int}", Get)
            .WithSummary("A year's days off other than plain weekends (holidays, compensatory days) and administrators' adjustments, with the count of working days.");
        group.MapPut("/days/{date}", AdjustDay.Handle).RequireAuthorization(UsersApi.Administer)
            .WithSummary("Enters a day of the government's yearly announcement (a day off or a working day), overriding the rules for that date.");
        group.MapDelete("/days/{date}", AdjustDay.Remove).RequireAuthorization(UsersApi.Administer)
            .WithSummary("Removes an adjustment: the day follows the rules again.");
    }

    internal static async Task<Ok<CalendarYearResponse>> Get(int year, DxDbContext db, CancellationToken ct)
    {
        if (year is < CalendarQueries.FirstYear or > CalendarQueries.LastYear)
        {
            throw new RuleViolationException(CalendarPageText.Texts.Format("YearOutOfRange", CalendarQueries.FirstYear, CalendarQueries.LastYear), "year");
        }
        return TypedResults.Ok(CalendarQueries.Year(await WorkingCalendars.LoadAsync(db, ct), year));
    }
}
