using System.Globalization;
using System.Text;

namespace DxMonitor.Bench.Results;

/// <summary>The results as a Markdown table (measurement, figure, unit, target) under a few lines of context.</summary>
public sealed class ResultTable
{
    private readonly List<string> _context = [];
    private readonly List<Measurement> _rows = [];

    public void Context(string line) => _context.Add(line);

    public void Add(string name, string figure, string unit, string target = "—")
    {
        _rows.Add(new Measurement(name, figure, unit, target));
        Console.WriteLine($"  {name}: {figure} {unit}");
    }

    public void AddSeconds(string name, Samples samples, string target = "—")
    {
        Add($"{name}, min of {samples.Count}", Seconds(samples.Min), "s", target);
        Add($"{name}, median of {samples.Count}", Seconds(samples.Median), "s", target);
    }

    /// <summary>"&lt; 1 s: met" or "&lt; 1 s: missed", judged on the figure.</summary>
    public static string Target(string text, TimeSpan figure, TimeSpan limit) => $"{text}: {(figure < limit ? "met" : "missed")}";

    public static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);

    public static string Milliseconds(TimeSpan time) => time.TotalMilliseconds.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Count(double count) => count.ToString("N0", CultureInfo.InvariantCulture);

    public static string Rate(long rows, TimeSpan time) => Count(rows / time.TotalSeconds);

    public static string Ratio(TimeSpan baseline, TimeSpan engine) =>
        (baseline.TotalSeconds / engine.TotalSeconds).ToString("0.00", CultureInfo.InvariantCulture);

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine("# DxMonitor benchmark: the monitoring engine (issue 3)").AppendLine();
        _context.ForEach(line => text.AppendLine(CultureInfo.InvariantCulture, $"- {line}"));
        text.AppendLine().AppendLine("| measurement | figure | unit | target |").AppendLine("| --- | ---: | --- | --- |");
        foreach (var row in _rows)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {row.Name} | {row.Figure} | {row.Unit} | {row.Target} |");
        }
        return text.ToString();
    }
}
