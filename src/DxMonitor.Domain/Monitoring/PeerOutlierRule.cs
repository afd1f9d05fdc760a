using System.Globalization;
using DxMonitor.Domain.Alerts;
using DxMonitor.Domain.Engine;
using DxMonitor.Domain.Indicators;
using DxMonitor.Domain.Units;

namespace DxMonitor.Domain.Monitoring;

/// <summary>
/// A unit's reported rate for any finished period far from its peers' (same level, same period): modified
/// z-score over at least <see cref="MinimumPeers"/> peers. Only rates and averages are compared: counts grow
/// with a unit's size, so a large city's count is not suspicious.
/// </summary>
public static class PeerOutlierRule
{
    public const int MinimumPeers = 8;

    public static IEnumerable<AlertCandidate> Evaluate(RollupEngine engine, DateOnly today, IReadOnlyCollection<int>? onlyIndicators = null)
    {
        var indicators = (onlyIndicators ?? Enumerable.Range(0, engine.Indicators.Count)).ToArray();
        // Indicators are independent and the engine is only read: a full pass tests them on every core.
        var found = new List<AlertCandidate>[indicators.Length];
        Parallel.For(0, indicators.Length, k =>
        {
            found[k] = [];
            var last = engine.AxisOf(indicators[k]).Periods.Count(period => period.End <= today) - 1;
            for (var p = 0; p <= last; p++)
            {
                AddPeerOutliers(engine, indicators[k], p, found[k]);
            }
        });
        return found.SelectMany(f => f);
    }

    /// <summary>
    /// The rule for some (indicator, period) cells only, those of the finished periods: a report moves its peers' spread
    /// in the periods it reports and no other, so the other periods' findings stand.
    /// </summary>
    public static IEnumerable<AlertCandidate> Evaluate(RollupEngine engine, DateOnly today, IEnumerable<(int Indicator, int Period)> cells)
    {
        var found = new List<AlertCandidate>();
        foreach (var (i, p) in cells.Distinct())
        {
            if (engine.AxisOf(i).Periods[p].End <= today)
            {
                AddPeerOutliers(engine, i, p, found);
            }
        }
        return found;
    }

    private static void AddPeerOutliers(RollupEngine engine, int i, int p, List<AlertCandidate> found)
    {
        var definition = engine.Indicators[i];
        if (definition.Rule is not (AggregationRule.WeightedAverage or AggregationRule.Average) || definition.Formula is not null)
        {
            return;
        }
        foreach (var level in definition.ReportingLevels.Members())
        {
            AddPeerOutliers(engine, i, p, level, engine.Columns[i].Own, found);
        }
    }

    private static void AddPeerOutliers(RollupEngine engine, int i, int p, UnitLevel level, double[] own, List<AlertCandidate> found)
    {
        var axis = engine.AxisOf(i);
        var peers = Enumerable.Range(0, engine.Units.Count)
            .Where(u => engine.Units.Level[u] == level && engine.Units.IsValidOn(u, axis.EndDay[p]) && !double.IsNaN(own[engine.Cell(u, p)]))
            .ToList();
        if (peers.Count < MinimumPeers)
        {
            return;
        }
        var values = peers.Select(u => own[engine.Cell(u, p)]).ToArray();
        var spread = OutlierTest.Describe(values)!.Value; // at least MinimumPeers values, so described
        for (var k = 0; k < peers.Count; k++)
        {
            var z = spread.ZOf(values[k]);
            if (Math.Abs(z) > OutlierTest.Threshold)
            {
                found.Add(Candidate(engine, i, peers[k], axis.Periods[p].Code, values[k], z, level));
            }
        }
    }

    private static AlertCandidate Candidate(RollupEngine engine, int indicator, int u, string period, double value, double z, UnitLevel level)
    {
        var unit = engine.Units.Units[u];
        var code = engine.Indicators[indicator].Code;
        var shown = value.ToString("0.##", CultureInfo.InvariantCulture);
        return new AlertCandidate($"outlier-peers:{code}:{unit.Code}:{period}", AlertRule.Outlier, AlertSeverity.Info, unit.Id,
            engine.Indicators[indicator].Id, period,
            $"Giá trị khác thường so với các đơn vị cùng cấp: {unit.NameVi}, {code} kỳ {period} = {shown}",
            $"Value unlike its peers': {unit.NameEn}, {code} for {period} = {shown}",
            $"Điểm z hiệu chỉnh {z.ToString("0.0", Vi)} so với mọi {Peers(level)} báo cáo kỳ {period} (ngưỡng {OutlierTest.Threshold.ToString(Vi)}).");
    }

    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    private static string Peers(UnitLevel level) => level switch
    {
        UnitLevel.Province => "tỉnh, thành phố",
        UnitLevel.Ministry => "bộ, ngành",
        UnitLevel.Commune => "xã, phường",
        _ => "đơn vị cùng cấp",
    };
}
