using DxMonitor.Domain.Alerts;

namespace DxMonitor.Domain.Tests.Alerts;

public sealed class OutlierTestTests
{
    [Fact]
    public void A_value_ten_times_the_history_is_an_outlier() =>
        Assert.True(OutlierTest.ModifiedZ(1000, [95, 100, 102, 98, 105, 101]) > OutlierTest.Threshold);

    [Fact]
    public void Ordinary_growth_is_not() =>
        Assert.True(Math.Abs(OutlierTest.ModifiedZ(110, [95, 100, 102, 98, 105, 101])!.Value) < OutlierTest.Threshold);

    [Fact]
    public void Too_short_a_history_gives_no_verdict() =>
        Assert.Null(OutlierTest.ModifiedZ(1000, [1, 2, 3]));

    [Fact]
    public void A_flat_history_flags_any_change_but_not_the_same_value()
    {
        Assert.Equal(0, OutlierTest.ModifiedZ(1, [1, 1, 1, 1]));
        Assert.True(OutlierTest.ModifiedZ(0, [1, 1, 1, 1]) < -OutlierTest.Threshold);
    }
}
