using System.Diagnostics;
using System.Globalization;
using System.Text;
using DxMonitor.Evaluator;
using DxMonitor.Evaluator.Grading;

namespace DxMonitor.PortalBench;

/// <summary>
/// Times the evaluator on one portal and on N fixture portals with bounded concurrency, then runs Lighthouse on
/// the first pages and prints, side by side, the time per page and where our findings and Lighthouse's agree.
/// </summary>
public static class PortalBenchRun
{
    public static async Task<string> ExecuteAsync(int count, int concurrency, int lighthousePages, LighthouseRunner lighthouse, TextWriter log)
    {
        var md = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        await using var portals = await FixturePortals.StartAsync(count);
        // The fixture portals are on 127.0.0.1, which the evaluator refuses unless it is allowed.
        var options = new EvaluatorOptions { MaxConcurrency = concurrency, AllowedNetworks = ["127.0.0.0/8"] };
        await using var evaluator = new PortalEvaluator(options, TimeProvider.System);
        md.AppendLine("# Portal evaluator benchmark").AppendLine();
        md.AppendLine(c, $"{count} fixture portals on 127.0.0.1 (kinds: {string.Join(", ", FixturePortals.Kinds)}), {Environment.ProcessorCount} cores, ")
            .AppendLine(c, $"evaluator defaults ({options.GradingDefinition}, {options.Probes} probes, crawl budget {options.CrawlBudget}, headless Chromium {options.ChromiumPath} throttled: {options.Throttling}, axe-core WCAG 2.1 AA).").AppendLine();

        var cold = await evaluator.EvaluateAsync(portals.Urls[0], CancellationToken.None);
        var single = new List<double>();
        for (var i = 0; i < 3; i++)
        {
            single.Add((await evaluator.EvaluateAsync(portals.Urls[0], CancellationToken.None)).Duration.TotalSeconds);
        }
        md.AppendLine("## One portal").AppendLine();
        md.AppendLine(c, $"- first evaluation (starts Chromium): {cold.Duration.TotalSeconds:0.00} s");
        md.AppendLine(c, $"- then, median of 3: {Median(single):0.00} s (min {single.Min():0.00}, max {single.Max():0.00})").AppendLine();
        log.Write(md.ToString());

        var watch = Stopwatch.StartNew();
        IReadOnlyList<Evaluation> all;
        double peakMb, peakPssMb;
        await using (var memory = new ProcessTreeMemory())
        {
            all = await evaluator.EvaluateManyAsync(portals.Urls, CancellationToken.None);
            (peakMb, peakPssMb) = (memory.PeakMegabytes, memory.PeakProportionalMegabytes);
        }
        var wall = watch.Elapsed;
        var batch = new StringBuilder();
        batch.AppendLine(c, $"## {count} portals, at most {concurrency} at a time").AppendLine();
        batch.AppendLine(c, $"- wall time {wall.TotalSeconds:0.0} s, {wall.TotalSeconds / count:0.00} s per portal; each portal's own time median {Median(all.Select(e => e.Duration.TotalSeconds)):0.00} s, max {all.Max(e => e.Duration.TotalSeconds):0.00} s");
        batch.AppendLine(c, $"- peak memory of the evaluator and its Chromium processes together: {peakPssMb:0} MB proportional (PSS, shared pages split among the processes), {peakMb:0} MB resident summed per process (RSS, shared pages counted in each); budget stated in docs/portals.md: {MemoryBudgetMb} MB for {concurrency} portals at a time, judged on PSS: {(peakPssMb <= MemoryBudgetMb ? "within" : "OVER")}").AppendLine();
        batch.AppendLine("| kind | portals | grades | median score | deductions found (codes) |").AppendLine("| --- | --- | --- | --- | --- |");
        foreach (var group in all.Select((e, i) => (e, Kind: FixturePortals.KindOf(i))).GroupBy(x => x.Kind))
        {
            var grades = string.Join(" ", group.GroupBy(x => x.e.Grade).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}×{g.Count()}"));
            var codes = string.Join(", ", group.SelectMany(x => x.e.Deductions.Where(d => d.Points > 0).Select(d => d.Code)).Distinct().Order(StringComparer.Ordinal));
            batch.AppendLine(c, $"| {group.Key} | {group.Count()} | {grades} | {Median(group.Select(x => x.e.Score)):0.0} | {codes} |");
        }
        batch.AppendLine();
        log.Write(batch.ToString());
        md.Append(batch);

        md.Append(await LighthouseComparison.RunAsync(portals, evaluator, lighthouse, Math.Min(lighthousePages, count), log));
        return md.ToString();
    }

    /// <summary>The memory a batch of 4 portals may take (evaluator, fixture servers and Chromium): see docs/portals.md.</summary>
    public const int MemoryBudgetMb = 2048;

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
