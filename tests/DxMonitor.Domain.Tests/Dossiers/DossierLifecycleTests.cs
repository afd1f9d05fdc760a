using DxMonitor.Domain.Calendar;
using DxMonitor.Domain.Dossiers;
using DxMonitor.Domain.Procedures;

namespace DxMonitor.Domain.Tests.Dossiers;

/// <summary>The lifecycle a procedure system sends with a dossier, and the due time its procedure's statutory limit gives.</summary>
public sealed class DossierLifecycleTests
{
    private static readonly DateTime Now = SampleDossiers.Now;

    private static DossierFields Open => new("HS-101", "P01", "1.001234", "in_person", null, "2025-03-03 09:00", null, null, "supplementing", null, null);

    private static ProcedureTerms Limit(int? days, bool workingDays = true) => new("Cấp giấy phép", OnlineLevel.Partial, false, true, days, workingDays);

    private static DateTime EndOfDayInVietnam(int year, int month, int day) => new DateTime(year, month, day, 16, 59, 59, DateTimeKind.Utc);

    [Fact]
    public void Lifecycle_fields_are_read_and_a_fact_not_sent_stays_unknown()
    {
        var dossier = DossierParser.Parse(Open with { Supplements = "2", PausedDays = "4", NationalPortal = "có", Synced = "false", DigitisedInput = "true" }, Now).Dossier!;

        Assert.Equal((2, 4), (dossier.Supplements, dossier.PausedDays));
        Assert.Equal((true, false, true, (bool?)null), (dossier.NationalPortal, dossier.Synced, dossier.DigitisedInput, dossier.ReusedData));
        Assert.True(dossier.IsOpen);
        Assert.False(dossier.DueFromStatute);
    }

    [Fact]
    public void A_suspended_dossier_is_open_and_the_files_of_before_still_read()
    {
        var suspended = DossierParser.Parse(Open with { Status = "tạm dừng" }, Now).Dossier!;
        var before = DossierParser.Parse(Open, Now).Dossier!;

        Assert.Equal((DossierStatus.Suspended, DossierOutcome.Open), (suspended.Status, suspended.Outcome));
        Assert.Equal((0, (int?)null, DossierFacts.None), (before.Supplements, before.PausedDays, before.Facts));
    }

    [Theory]
    [InlineData("supplements", "-1")]
    [InlineData("supplements", "2,5")]
    [InlineData("paused_days", "3651")]
    [InlineData("national_portal", "maybe")]
    public void A_lifecycle_field_that_cannot_be_read_is_named(string column, string text)
    {
        var fields = column switch
        {
            "supplements" => Open with { Supplements = text },
            "paused_days" => Open with { PausedDays = text },
            _ => Open with { NationalPortal = text },
        };

        var result = DossierParser.Parse(fields, Now);

        Assert.Null(result.Dossier);
        Assert.Contains(result.Problems, p => p.Field == column && p.Message.Contains(text, StringComparison.Ordinal));
    }

    [Fact]
    public void Working_days_skip_weekends_and_the_holidays_of_reunification_and_labour_day()
    {
        // Received Friday 25 April 2025: Mon 28 and Tue 29 count, Wed 30 April and Thu 1 May are holidays, then Fri 2,
        // Mon 5 and Tue 6 May: the fifth working day.
        var received = new DateTime(2025, 4, 25, 2, 0, 0, DateTimeKind.Utc);

        Assert.Equal(EndOfDayInVietnam(2025, 5, 6), StatutoryDue.Of(Limit(5), received, null, WorkingCalendar.ByStatute));
    }

    [Fact]
    public void Paused_days_extend_the_limit_in_its_own_kind_of_days()
    {
        var received = new DateTime(2025, 3, 3, 2, 0, 0, DateTimeKind.Utc); // Monday 3 March

        Assert.Equal(EndOfDayInVietnam(2025, 3, 12), StatutoryDue.Of(Limit(5), received, 2, WorkingCalendar.ByStatute)); // 7 working days
        Assert.Equal(EndOfDayInVietnam(2025, 3, 10), StatutoryDue.Of(Limit(5, workingDays: false), received, 2, WorkingCalendar.ByStatute)); // 7 days: Monday 10
    }

    [Fact]
    public void A_calendar_day_limit_that_ends_on_a_day_off_ends_on_the_next_working_day()
    {
        var received = new DateTime(2025, 3, 20, 2, 0, 0, DateTimeKind.Utc); // Thursday 20 March; +10 days is Sunday 30 March

        Assert.Equal(EndOfDayInVietnam(2025, 3, 31), StatutoryDue.Of(Limit(10, workingDays: false), received, null, WorkingCalendar.ByStatute));
    }

    [Fact]
    public void A_same_day_limit_is_the_day_of_receipt_in_Vietnam_or_the_next_working_day()
    {
        var lateMonday = new DateTime(2025, 3, 3, 16, 30, 0, DateTimeKind.Utc); // 23:30 on Monday 3 March in Vietnam
        var saturday = new DateTime(2025, 3, 8, 2, 0, 0, DateTimeKind.Utc);

        Assert.Equal(EndOfDayInVietnam(2025, 3, 3), StatutoryDue.Of(Limit(0), lateMonday, null, WorkingCalendar.ByStatute));
        Assert.Equal(EndOfDayInVietnam(2025, 3, 10), StatutoryDue.Of(Limit(0), saturday, null, WorkingCalendar.ByStatute));
        Assert.Null(StatutoryDue.Of(Limit(null), saturday, null, WorkingCalendar.ByStatute));
        Assert.Null(StatutoryDue.Of(null, saturday, null, WorkingCalendar.ByStatute));
    }

    [Fact]
    public void A_dossier_given_its_statutory_due_time_is_judged_by_it()
    {
        var late = DossierParser.Parse(Open with { Status = "finished", FinishedAt = "2025-03-13 08:00" }, Now).Dossier!;

        var judged = late.WithStatutoryDue(EndOfDayInVietnam(2025, 3, 12));

        Assert.Equal(DossierOutcome.OnTime, late.Outcome); // no due time: never late
        Assert.Equal((DossierOutcome.Late, true, 202503), (judged.Outcome, judged.DueFromStatute, judged.DueMonth));
    }
}
