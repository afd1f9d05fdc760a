using DxMonitor.Domain.Access;

namespace DxMonitor.Domain.Calendar;

/// <summary>
/// A day the government's yearly announcement makes different from the rule: a day off that would be worked (an
/// extra or swapped day), or a working day that would be off (the Saturday worked in exchange, a compensatory day
/// moved elsewhere). Entered by administrators; it overrides the computed calendar for its date.
/// </summary>
public sealed class CalendarAdjustment : IAuditedRecord
{
    public const int ReasonMaxLength = 200;

    public CalendarAdjustment(DateOnly date, bool isWorkingDay, string reason)
    {
        Date = date;
        Change(isWorkingDay, reason);
    }

    public DateOnly Date { get; private set; }
    public bool IsWorkingDay { get; private set; }
    public string Reason { get; private set; } = "";

    public string AuditSubject => $"calendar/{Date:yyyy-MM-dd}";

    public void Change(bool isWorkingDay, string reason)
    {
        var trimmed = reason.Trim().Normalize();
        if (trimmed.Length is 0 or > ReasonMaxLength)
        {
            throw new RuleViolationException(Resources.CalendarText.Texts.Format("ReasonRequired", ReasonMaxLength), "reason");
        }
        IsWorkingDay = isWorkingDay;
        Reason = trimmed;
    }
}
