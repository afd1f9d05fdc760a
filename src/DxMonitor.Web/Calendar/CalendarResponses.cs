using DxMonitor.Domain.Calendar;

namespace DxMonitor.Web.Calendar;

/// <param name="Holiday">NewYear, LunarNewYear, HungKings, ReunificationDay, LabourDay, NationalDay, Compensatory or Announced; null for a working day.</param>
/// <param name="Name">The holiday's name in the request's language, or the adjustment's reason.</param>
/// <param name="Adjusted">Whether an administrator's adjustment decides this day.</param>
public sealed record CalendarDayResponse(DateOnly Date, bool IsWorkingDay, Holiday? Holiday, string? Name, string? Reason, bool Adjusted);

/// <param name="WorkingDays">How many working days the year has.</param>
/// <param name="Days">Every day of the year that is not a plain weekday or weekend: holidays, compensatory days, adjustments.</param>
public sealed record CalendarYearResponse(int Year, int WorkingDays, IReadOnlyList<CalendarDayResponse> Days);

/// <param name="IsWorkingDay">true: the day is worked (e.g. a Saturday worked in exchange); false: the day is off.</param>
/// <param name="Reason">Which announcement decided it, in Vietnamese (at most 200 characters).</param>
public sealed record AdjustDayRequest(bool IsWorkingDay, string? Reason);
