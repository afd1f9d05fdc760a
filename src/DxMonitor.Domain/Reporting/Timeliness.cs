namespace DxMonitor.Domain.Reporting;

/// <summary>Whether a unit submitted its report by the round's due date (in Viet Nam's time zone).</summary>
public enum Timeliness
{
    NotSubmitted = 0,
    OnTime = 1,
    Late = 2,
}
