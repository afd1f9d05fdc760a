namespace DxMonitor.Domain.Reporting;

public static class TimelinessRule
{
    public static Timeliness Of(Report report, ReportingRound round) => report.FirstSubmittedAt switch
    {
        null => Timeliness.NotSubmitted,
        { } at when DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(at, Periods.VietnamCalendar.Zone)) <= round.DueOn => Timeliness.OnTime,
        _ => Timeliness.Late,
    };
}
