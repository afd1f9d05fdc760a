using DxMonitor.Domain.Dossiers;
using DxMonitor.Domain.Periods;
using static DxMonitor.Domain.Tests.Dossiers.SampleDossiers;

namespace DxMonitor.Domain.Tests.Dossiers;

public sealed class DossierFiguresTests
{
    private static DossierFigures Figures() => DossierFigures.Compute(DossierAggregates.FromDossiers(All(), Now), Parents, Now);

    [Fact]
    public void Months_are_counted_in_Vietnam_time_and_a_dossier_finished_at_its_due_time_is_on_time()
    {
        var figures = Figures();

        // March: A and C (C at 23:59:59 on 31 March); A online full, paid online, on time exactly at due, digitised.
        Assert.Equal(new DossierCounts(2, 2, 1, 1, 1, 1, 0, 1, 0), figures.ForMonth(HaNoi, 202503));
        // April: B (00:00 on 1 April) and D received; C resolved late.
        Assert.Equal(new DossierCounts(2, 0, 0, 1, 0, 0, 1, 0, 0), figures.ForMonth(HaNoi, 202504));
        // May: E received; B (no due date) resolved on time; D and E open past due at the month's end.
        Assert.Equal(new DossierCounts(1, 1, 1, 0, 0, 1, 0, 0, 2), figures.ForMonth(HaNoi, 202505));
        // June (now): F and G received; E resolved late; only D is overdue now (G is due on the 20th).
        Assert.Equal(new DossierCounts(2, 0, 0, 0, 0, 0, 1, 0, 1), figures.ForMonth(HaNoi, 202506));
    }

    [Fact]
    public void A_quarter_adds_its_months_and_takes_the_overdue_stock_now()
    {
        var q2 = Figures().For(HaNoi, Period.Parse("2025Q2"));

        Assert.Equal(new DossierCounts(5, 1, 1, 1, 0, 1, 2, 0, 1), q2);
        Assert.Equal(3, q2.Finished);
        Assert.Equal(20.00m, q2.OnlineShare);
        Assert.Equal(20.00m, q2.FullyOnlineShare);
        Assert.Equal(0.00m, q2.OnlinePaymentShare);
        Assert.Equal(0.00m, q2.DigitisedShare);
        Assert.Equal(33.33m, q2.OnTimeShare);
    }

    [Fact]
    public void The_nation_adds_every_province_and_a_past_quarter_takes_the_stock_at_its_end()
    {
        var figures = Figures();

        // Q2: Hà Nội's five and Cao Bằng's withdrawn H (online, full; no fee; neither on time nor late).
        Assert.Equal(new DossierCounts(6, 2, 2, 1, 0, 1, 2, 0, 1), figures.For(Nation, Period.Parse("2025Q2")));
        Assert.Equal(new DossierCounts(2, 2, 1, 1, 1, 1, 0, 1, 0), figures.For(Nation, Period.Parse("2025Q1")));
        Assert.Equal(2, figures.For(Nation, Period.Parse("2025M05")).OverdueOpen);
        Assert.Equal(new DossierCounts(8, 4, 3, 2, 1, 2, 2, 1, 1), figures.For(Nation, Period.Parse("2025")));
        Assert.Equal(default, figures.For(Nation, Period.Parse("2025Q3")));
    }

    [Fact]
    public void Shares_are_empty_when_nothing_was_counted() =>
        Assert.Null(default(DossierCounts).OnlineShare);

    [Fact]
    public void Days_overdue_count_any_part_of_a_day_and_no_due_date_is_never_late()
    {
        var byId = All().ToDictionary(d => d.Number);

        Assert.Equal(0, DossierTiming.DaysOverdue(byId["A"], Now));
        Assert.Equal(DossierOutcome.OnTime, byId["A"].Outcome);
        Assert.Equal(DossierOutcome.OnTime, byId["B"].Outcome);
        Assert.Equal(2, DossierTiming.DaysOverdue(byId["C"], Now));
        Assert.Equal(36, DossierTiming.DaysOverdue(byId["D"], Now));
        Assert.Equal(28, DossierTiming.DaysOverdue(byId["E"], Now));
        Assert.Equal(0, DossierTiming.DaysOverdue(byId["F"], Now));
        Assert.True(DossierTiming.IsOverdueOpen(byId["D"], Now));
        Assert.False(DossierTiming.IsOverdueOpen(byId["G"], Now));
    }
}
