namespace DxMonitor.Domain.Calendar;

/// <summary>A date of the Vietnamese lunisolar calendar (âm lịch); <see cref="Leap"/> marks a day of a leap month (tháng nhuận).</summary>
public readonly record struct LunarDate(int Year, int Month, int Day, bool Leap = false);
