using DxMonitor.Web.Layout;

namespace DxMonitor.Web.Tests.Layout;

public sealed class RoundedPartsTests
{
    [Fact]
    public void Parts_rounded_on_their_own_would_miss_the_total_by_a_cent_rounded_together_they_add_up()
    {
        double[] pillars = [10.005, 20.005, 30.005]; // 60.015: each alone rounds to x.01 (60.03), the total to 60.02

        var rounded = RoundedParts.Of(pillars);

        Assert.Equal(Math.Round(pillars.Sum(), 2, MidpointRounding.AwayFromZero), rounded.Sum(), 9);
        Assert.All(rounded.Zip(pillars), r => Assert.True(Math.Abs(r.First - r.Second) < 0.01));
    }

    [Fact]
    public void Parts_that_are_already_round_stay_as_they_are() =>
        Assert.Equal([12.5, 7.25, 0], RoundedParts.Of([12.5, 7.25, 0]));
}
