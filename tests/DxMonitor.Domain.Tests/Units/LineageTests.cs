using DxMonitor.Domain.Periods;
using DxMonitor.Domain.Units;
using static DxMonitor.Domain.Tests.Builders;

namespace DxMonitor.Domain.Tests.Units;

public sealed class LineageTests
{
    private static Lineage TuyenQuang() => new(
        [Unit(1, "P02-2025", to: MergerDay), Unit(2, "P08-2025", to: MergerDay), Unit(3, "P08", from: MergerDay), Unit(4, "P01")],
        [Succession(1, 3), Succession(2, 3)]);

    [Fact]
    public void A_merged_province_takes_its_history_from_all_its_predecessors()
    {
        var contributors = TuyenQuang().ContributorsFor(3, Period.Parse("2024Q4"));
        Assert.Equal([new Contributor(1, 1m), new Contributor(2, 1m)], contributors);
    }

    [Fact]
    public void A_merged_province_reports_for_itself_after_the_merger() =>
        Assert.Equal([new Contributor(3, 1m)], TuyenQuang().ContributorsFor(3, Period.Parse("2025Q3")));

    [Fact]
    public void An_unchanged_province_is_its_own_history() =>
        Assert.Equal([new Contributor(4, 1m)], TuyenQuang().ContributorsFor(4, Period.Parse("2020Q1")));

    [Fact]
    public void An_old_province_stays_readable_for_its_own_periods() =>
        Assert.Equal([new Contributor(1, 1m)], TuyenQuang().ContributorsFor(1, Period.Parse("2025Q2")));

    [Fact]
    public void A_split_apportions_by_share_through_two_generations()
    {
        var lineage = new Lineage(
            [Unit(1, "A", to: MergerDay), Unit(2, "B", from: MergerDay, to: new(2026, 1, 1)), Unit(3, "C", from: new(2026, 1, 1))],
            [Succession(1, 2, 0.25m), Succession(2, 3, on: new(2026, 1, 1))]);

        Assert.Equal([new Contributor(1, 0.25m)], lineage.ContributorsFor(3, Period.Parse("2024")));
        Assert.Equal([new Contributor(2, 1m)], lineage.ContributorsFor(3, Period.Parse("2025Q4")));
    }

    [Fact]
    public void A_cycle_in_succession_data_ends_instead_of_looping()
    {
        var lineage = new Lineage([Unit(1, "A", to: MergerDay), Unit(2, "B", to: MergerDay)], [Succession(1, 2), Succession(2, 1)]);
        Assert.Empty(lineage.ContributorsFor(1, Period.Parse("2026Q1")));
    }
}
