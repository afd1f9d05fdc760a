using DxMonitor.Domain.Indicators;
using DxMonitor.Domain.Units;

namespace DxMonitor.Bench.Generation;

/// <summary>
/// Generates a value for every (reporting unit, indicator, quarter), deterministically from the seeded random
/// source: counts that grow by 0.5-4 % a quarter with 5 % noise, percentages that rise from 5-65 % towards 100
/// (one decimal), yes/no answers that turn to yes once and stay yes.
/// </summary>
public static class ValueGenerator
{
    public static BenchData Generate(BenchCatalog catalog, Random random)
    {
        var units = catalog.ToBenchUnits();
        var indicators = catalog.ToBenchIndicators();
        var periods = catalog.Shape.Quarters.Count;
        var byLevel = Enumerable.Range(0, indicators.Count).ToLookup(i => indicators.Levels[i]);
        var reports = Enumerable.Range(0, units.Count).Select(u => byLevel[units.Levels[u]].ToArray()).ToArray();
        var traits = DrawTraits(units, indicators, reports, random);

        var rows = periods * reports.Sum(r => r.Length);
        var (indicatorColumn, unitColumn, periodColumn, valueColumn) = (new int[rows], new int[rows], new int[rows], new double[rows]);
        var reportStarts = new int[periods * units.Count + 1];
        var row = 0;
        for (var p = 0; p < periods; p++)
        {
            for (var u = 0; u < units.Count; u++)
            {
                reportStarts[p * units.Count + u] = row;
                foreach (var i in reports[u])
                {
                    indicatorColumn[row] = i;
                    unitColumn[row] = u;
                    periodColumn[row] = p;
                    valueColumn[row] = Value(indicators.Rules[i], traits[u][i], p, random);
                    row++;
                }
            }
        }
        reportStarts[^1] = row;
        var values = new BenchValues(indicatorColumn, unitColumn, periodColumn, valueColumn);
        return new BenchData(units, indicators, [.. catalog.Shape.Quarters.Select(q => q.Code)], values, reportStarts);
    }

    /// <summary>Per (unit, indicator): a starting level and a pace (count growth, percentage rise, quarter of adoption).</summary>
    private static Trait[][] DrawTraits(BenchUnits units, BenchIndicators indicators, int[][] reports, Random random)
    {
        var magnitudes = Enumerable.Range(0, indicators.Count).Select(_ => Math.Pow(10, 1 + 2.5 * random.NextDouble())).ToArray();
        var traits = new Trait[units.Count][];
        for (var u = 0; u < units.Count; u++)
        {
            traits[u] = new Trait[indicators.Count];
            var size = units.Levels[u] switch { UnitLevel.Province => 100.0, UnitLevel.Ministry => 300.0, _ => 1.0 };
            foreach (var i in reports[u])
            {
                traits[u][i] = indicators.Rules[i] switch
                {
                    AggregationRule.Sum => new Trait(magnitudes[i] * size * Math.Exp(0.5 * Gaussian(random)), 0.005 + 0.035 * random.NextDouble()),
                    AggregationRule.WeightedAverage => new Trait(5 + 60 * random.NextDouble(), 0.5 + 2.5 * random.NextDouble()),
                    _ => new Trait(random.Next(0, 30), 0),
                };
            }
        }
        return traits;
    }

    private static double Value(AggregationRule rule, Trait trait, int quarter, Random random) => rule switch
    {
        AggregationRule.Sum => Math.Max(0, Math.Round(trait.Start * Math.Pow(1 + trait.Pace, quarter) * (1 + 0.05 * Gaussian(random)))),
        AggregationRule.WeightedAverage => Math.Round(Math.Clamp(trait.Start + trait.Pace * quarter + 2 * Gaussian(random), 0, 100), 1),
        _ => quarter >= trait.Start ? 1 : 0,
    };

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private readonly record struct Trait(double Start, double Pace);
}
