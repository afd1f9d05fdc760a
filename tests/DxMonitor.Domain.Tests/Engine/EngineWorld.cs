using DxMonitor.Domain.Engine;
using DxMonitor.Domain.Indicators;
using DxMonitor.Domain.Periods;
using DxMonitor.Domain.Units;
using static DxMonitor.Domain.Tests.Builders;

namespace DxMonitor.Domain.Tests.Engine;

/// <summary>
/// A small country: nation 1; province 2 (continuing) with communes 10, 11, 12; provinces 3 and 4 merged into
/// 5 on 2025-07-01, with communes 20 (of 3) and 21 (of 4). Indicators: 0 teams (sum), 1 households (sum),
/// 2 fibre share (weighted by households), 3 has a DX plan (yes/no counted), 4 speed (average).
/// </summary>
internal static class EngineWorld
{
    public static RollupEngine Create()
    {
        var units = new[]
        {
            Unit(1, "VN", UnitLevel.Nation),
            Unit(2, "P2", parent: 1), Unit(3, "P3-2025", parent: 1, to: MergerDay), Unit(4, "P4-2025", parent: 1, to: MergerDay),
            Unit(5, "P5", parent: 1, from: MergerDay),
            Unit(10, "C10", UnitLevel.Commune, 2), Unit(11, "C11", UnitLevel.Commune, 2), Unit(12, "C12", UnitLevel.Commune, 2),
            Unit(20, "C20-2025", UnitLevel.Commune, 3, to: MergerDay), Unit(21, "C21-2025", UnitLevel.Commune, 4, to: MergerDay),
        };
        var graph = new UnitGraph(units, [Succession(3, 5), Succession(4, 5)]);
        var indicators = new[]
        {
            Indicator(100, "TEAMS", AggregationRule.Sum),
            Indicator(101, "HOUSEHOLDS", AggregationRule.Sum),
            Indicator(102, "FIBRE", AggregationRule.WeightedAverage, weightIndex: 1),
            Indicator(103, "PLAN", AggregationRule.CountMeeting, UnitLevels.Province, condition: new Condition(ComparisonOperator.GreaterOrEqual, 1)),
            Indicator(104, "SPEED", AggregationRule.Average),
        };
        return new RollupEngine(graph, indicators, 2024, 2025);
    }

    public static int U(this RollupEngine engine, int id) => engine.Units.IndexOf[id];

    public static int Q(this RollupEngine engine, string code) => engine.Axes[PeriodType.Quarter].IndexOf(Period.Parse(code));

    public static void Report(this RollupEngine engine, int indicator, int unitId, string period, double value) =>
        engine.SetOwn(indicator, engine.U(unitId), engine.Q(period), value);
}
