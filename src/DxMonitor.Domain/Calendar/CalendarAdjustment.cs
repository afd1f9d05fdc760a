namespace DxMonitor.Domain.Calendar;

/// <summary>
/// A day the government's yearly announcement makes different from the rule: a day off that would be worked (an
/// extra or swapped day), or a working day that would be off (the Saturday worked in exchange, a compensatory day
/// moved elsewhere). Entered by administrators; it overrides the computed calendar for that date.
/// </summary>
public sealed record CalendarAdjustment(DateOnly Date, bool IsWorkingDay, string Reason);
