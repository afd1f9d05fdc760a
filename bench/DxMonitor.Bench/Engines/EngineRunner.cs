using DxMonitor.Bench.Baselines;
using DxMonitor.Bench.Results;
using DxMonitor.Domain.Units;
using static DxMonitor.Bench.Results.ResultTable;

namespace DxMonitor.Bench.Engines;

/// <summary>
/// Measures one engine through <see cref="IEngineUnderTest"/>: load, full recompute (several runs), then
/// incremental updates after single commune reports; checks every result cell against PostgreSQL's GROUP BY
/// and every cell an update touches against a direct computation; prints a row per measurement.
/// </summary>
public sealed class EngineRunner(BenchData data, ResultTable table, int runs, int reports, int seed)
{
    private static readonly TimeSpan FullTarget = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan IncrementalTarget = TimeSpan.FromMilliseconds(10);

    public void Run(IEngineUnderTest engine, RollupCells expected, TimeSpan postgresMedian, TimeSpan duckDbMedian)
    {
        var name = engine.Name;
        Console.WriteLine($"Engine {name}");
        table.Add($"{name}: load from typed arrays", Seconds(Timing.Once(() => engine.Load(data))), "s");

        var full = Timing.Repeat(runs, engine.FullRecompute);
        table.Add($"{name}: full recompute, min of {runs}", Seconds(full.Min), "s", Target("< 1 s", full.Min, FullTarget));
        table.Add($"{name}: full recompute, median of {runs}", Seconds(full.Median), "s", Target("< 1 s", full.Median, FullTarget));
        var differences = expected.CountDifferences(engine.ProvinceValue);
        table.Add($"{name}: cells differing from PostgreSQL's GROUP BY", $"{differences} of {Count(expected.Count)}", "cells", "0");

        if (engine is DomainEngine domain)
        {
            var catalogue = Timing.Repeat(runs, domain.ApplyCatalogueChange);
            table.Add($"{name}: catalogue change applied (engine rebuilt with figures copied, pass brought up to date), median of {runs}", Seconds(catalogue.Median), "s",
                Target("< 1 s", catalogue.Median, FullTarget));
            var methodology = Timing.Repeat(runs, domain.ApplyMethodologyChange);
            table.Add($"{name}: methodology change applied (indexes ranked again on both views), median of {runs}", Seconds(methodology.Median), "s",
                Target("< 1 s", methodology.Median, FullTarget));
        }

        var (incremental, wrong, checkedCells) = Incremental(engine);
        table.Add($"{name}: incremental after one report, min of {reports}", Milliseconds(incremental.Min), "ms", Target("< 10 ms", incremental.Min, IncrementalTarget));
        table.Add($"{name}: incremental after one report, median of {reports}", Milliseconds(incremental.Median), "ms", Target("< 10 ms", incremental.Median, IncrementalTarget));
        table.Add($"{name}: cells wrong after the incremental updates", $"{wrong} of {Count(checkedCells)}", "cells", "0");

        table.Add($"{name}: full recompute vs PostgreSQL GROUP BY (medians)", Ratio(postgresMedian, full.Median), "× faster", "> 1×");
        table.Add($"{name}: full recompute vs DuckDB GROUP BY (medians)", Ratio(duckDbMedian, full.Median), "× faster", "reported");
    }

    private (Samples Durations, int Wrong, int Checked) Incremental(IEngineUnderTest engine)
    {
        var random = new Random(seed + 1);
        var levels = data.Units.Levels.ToArray();
        var communes = Enumerable.Range(0, data.Units.Count).Where(u => levels[u] == UnitLevel.Commune).ToArray();
        var edits = new ReportEdits(data);
        var check = new RollupCheck(data);
        var durations = new List<TimeSpan>(reports);
        var (wrong, checkedCells) = (0, 0);
        for (var report = 0; report < reports; report++)
        {
            var unit = communes[random.Next(communes.Length)];
            var period = random.Next(data.Periods.Count);
            edits.Write(unit, period, random);
            durations.Add(Timing.Once(() => engine.IncrementalAfterOneReport(unit, period)));
            var province = data.Units.Parents[unit];
            foreach (var indicator in check.CommuneIndicators())
            {
                checkedCells++;
                wrong += RollupCells.Same(check.Cell(province, indicator, period), engine.ProvinceValue(province, indicator, period)) ? 0 : 1;
            }
        }
        // The next engine and any later check see the data set as generated.
        edits.UndoAll();
        return (new Samples(durations), wrong, checkedCells);
    }
}
