using System.Globalization;
using DxMonitor.PortalBench;

// Usage: DxMonitor.PortalBench [--portals N (100)] [--concurrency N (4)] [--lighthouse N (5)] [--output FILE]
var settings = new Dictionary<string, string> { ["--portals"] = "100", ["--concurrency"] = "4", ["--lighthouse"] = "5", ["--output"] = "" };
for (var i = 0; i + 1 < args.Length; i += 2)
{
    if (!settings.ContainsKey(args[i]))
    {
        Console.Error.WriteLine($"Unknown option {args[i]}. Usage: DxMonitor.PortalBench [--portals N] [--concurrency N] [--lighthouse N] [--output FILE]");
        return 2;
    }
    settings[args[i]] = args[i + 1];
}
int Number(string name) => int.Parse(settings[name], CultureInfo.InvariantCulture);
var lighthouseFolder = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "lighthouse");
var markdown = await PortalBenchRun.ExecuteAsync(Number("--portals"), Number("--concurrency"), Number("--lighthouse"),
    new LighthouseRunner(Path.GetFullPath(lighthouseFolder)), Console.Out);
if (settings["--output"] is { Length: > 0 } output)
{
    await File.WriteAllTextAsync(output, markdown);
    Console.WriteLine($"Written to {output}");
}
return 0;
