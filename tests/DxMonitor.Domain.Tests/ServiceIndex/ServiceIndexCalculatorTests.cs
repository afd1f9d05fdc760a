using DxMonitor.Domain.Dossiers;
using DxMonitor.Domain.DxIndex;
using DxMonitor.Domain.Rankings;
using DxMonitor.Domain.ServiceIndex;
using DxMonitor.Domain.Units;

namespace DxMonitor.Domain.Tests.ServiceIndex;

public sealed class ServiceIndexCalculatorTests
{
    private static ServiceIndexDefinition Definition(MissingValue missing = MissingValue.Reweight, decimal minCoverage = 50) => new("T-1", "2025M01", "Thử", "Test",
    [
        new("A", "Nhóm A", "Group A", 60,
        [
            new("A.ONTIME", "Đúng hạn", "On time", ServiceMeasure.ResolvedOnTime, 40, FullAt: 80),
            new("A.ONLINE", "Trực tuyến", "Online", ServiceMeasure.SubmittedOnline, 30),
        ]),
        new("B", "Nhóm B", "Group B", 40,
        [
            new("B.PAY", "Thanh toán", "Payment", ServiceMeasure.PaidOnline, 20),
            new("B.COMMUNE", "Chỉ cấp xã", "Communes only", ServiceMeasure.FullyOnline, 20, Levels: [UnitLevel.Commune]),
        ]),
    ], missing, minCoverage);

    private static ServiceInputs Inputs(int received = 10, int online = 5, int full = 2, int withFee = 0, int paid = 0, int onTime = 6, int late = 1, int overdue = 1) =>
        new(new DossierCounts(received, online, full, withFee, paid, onTime, late, 0, overdue), default, default, default);

    [Fact]
    public void A_rate_at_or_above_its_full_at_rate_earns_the_whole_weight_and_a_group_never_passes_its_cap()
    {
        // On time 6 of 8 = 75 % of 80 % -> 37.5 of 40; online 5 of 10 = 50 % -> 15 of 30; 52.5 capped at 60? no: 52.5.
        var score = ServiceIndexCalculator.Score(Definition(), UnitLevel.Province, Inputs());
        var a = score.Groups.Single(g => g.Code == "A");
        Assert.Equal((75m, 37.5m), (a.Components[0].Rate!.Value, a.Components[0].Points!.Value));
        Assert.Equal((52.5m, false), (a.Points!.Value, a.Capped));

        var capped = ServiceIndexCalculator.Score(Definition(), UnitLevel.Province, Inputs(online: 10, onTime: 8, late: 0, overdue: 0));
        var group = capped.Groups.Single(g => g.Code == "A");
        Assert.Equal((40m, 30m), (group.Components[0].Points!.Value, group.Components[1].Points!.Value));
        Assert.Equal((60m, true), (group.Points!.Value, group.Capped));
    }

    [Fact]
    public void Without_data_a_component_is_missing_and_reweighting_scales_the_score_over_the_points_with_data()
    {
        var score = ServiceIndexCalculator.Score(Definition(), UnitLevel.Province, Inputs());

        var pay = score.Groups.Single(g => g.Code == "B");
        Assert.True(pay.Components.Single().Missing);
        Assert.Null(pay.Points);
        Assert.Equal(1, score.MissingComponents);
        Assert.Equal((52.5m, 60m, 87.5m), (score.Points, score.Available, score.Score!.Value));

        // Counted as zero: 52.5 of the 80 points that apply to a province (the commune-only component does not).
        var zero = ServiceIndexCalculator.Score(Definition(MissingValue.Zero), UnitLevel.Province, Inputs());
        Assert.Equal(65.63m, zero.Score!.Value);
    }

    [Fact]
    public void A_component_of_another_level_is_left_out_and_too_little_data_leaves_the_unit_unranked()
    {
        var province = ServiceIndexCalculator.Score(Definition(), UnitLevel.Province, Inputs(withFee: 4, paid: 1));
        var commune = ServiceIndexCalculator.Score(Definition(), UnitLevel.Commune, Inputs(withFee: 4, paid: 1));
        Assert.Equal(["B.PAY"], province.Groups.Single(g => g.Code == "B").Components.Select(c => c.Code));
        Assert.Equal(["B.PAY", "B.COMMUNE"], commune.Groups.Single(g => g.Code == "B").Components.Select(c => c.Code));
        // Province: A 52.5 + B 5 (25 % of 20) over 60 + 20 available of 80 applicable.
        Assert.Equal((57.5m, 80m, 71.88m), (province.Points, province.Available, province.Score!.Value));

        var sparse = ServiceIndexCalculator.Score(Definition(minCoverage: 90), UnitLevel.Province, Inputs());
        Assert.Null(sparse.Score); // 60 of 80 applicable points have data: 75 % < 90 %
    }

    [Fact]
    public void Nothing_sent_at_all_gives_no_score_not_zero()
    {
        var score = ServiceIndexCalculator.Score(Decision766.Definition, UnitLevel.Province, new ServiceInputs(default, default, default, default));
        Assert.Null(score.Score);
        Assert.Equal(0m, score.Available);
        Assert.Equal(13, score.MissingComponents);
    }

    [Fact]
    public void Equal_scores_share_a_rank_and_the_next_rank_skips()
    {
        var ranks = SharedRanks.Of<string, decimal>([("A", 80m), ("B", 91.5m), ("C", 80m), ("D", null), ("E", 70m)]);
        Assert.Equal(new Dictionary<string, int> { ["B"] = 1, ["A"] = 2, ["C"] = 2, ["E"] = 4 }, ranks);
    }
}
