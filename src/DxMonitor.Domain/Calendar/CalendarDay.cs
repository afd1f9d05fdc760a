namespace DxMonitor.Domain.Calendar;

/// <summary>A day worth listing in a year's calendar: a holiday, a compensatory day, or an announced change.</summary>
public sealed record CalendarDay(DateOnly Date, bool IsWorkingDay, Holiday? Holiday, string? Reason);
