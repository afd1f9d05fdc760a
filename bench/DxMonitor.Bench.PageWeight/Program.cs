using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

// What a reader's phone downloads and how long it waits: each page opened cold (empty cache) and warm (again, same
// tab), in headless Chromium throttled as Lighthouse's mobile profile (150 ms round trip, 1.6 Mbit/s down,
// 750 kbit/s up, CPU 4x slower). Usage: dotnet DxMonitor.Bench.PageWeight.dll [--runs 3] [--output bench/results/page-weight-latest.md]
namespace DxMonitor.Bench.PageWeight;

public static class PageWeightBench
{
    private static readonly string[] Pages = ["/dashboard", "/map", "/units/VN", "/"];

    public static async Task<int> Main(string[] args)
    {
        var runs = int.Parse(args.SkipWhile(a => a != "--runs").Skip(1).FirstOrDefault() ?? "3", CultureInfo.InvariantCulture);
        var output = args.SkipWhile(a => a != "--output").Skip(1).FirstOrDefault();
        var chromium = Environment.GetEnvironmentVariable("DXMONITOR_TEST_CHROMIUM") ?? "/usr/bin/chromium";

        await using var product = await ProductStart();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = chromium, Headless = true });
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"# Page weight\n\nThe product on a fresh SQLite database (seeded reference data), {TimeProvider.System.GetUtcNow():yyyy-MM-dd}. Headless Chromium throttled as Lighthouse's mobile profile: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, CPU 4x slower. Median of {runs} runs; bytes as transferred (compressed), everything the page fetched until its charts were drawn; the chart library is fetched after the load event.\n");
        report.AppendLine("| page | cold KB | warm KB | cold load ms | cold charts drawn ms | warm load ms | requests cold |");
        report.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        Console.WriteLine(report.ToString().TrimEnd());
        foreach (var path in Pages)
        {
            var measured = new List<(double Cold, double Warm, double ColdMs, double ChartsMs, double WarmMs, int Requests)>();
            for (var run = 0; run < runs; run++)
            {
                measured.Add(await MeasureAsync(browser, new Uri(product.Address, path)));
            }
            var line = string.Create(CultureInfo.InvariantCulture,
                $"| `{path}` | {Median(measured.Select(m => m.Cold)) / 1024:F0} | {Median(measured.Select(m => m.Warm)) / 1024:F0} | {Median(measured.Select(m => m.ColdMs)):F0} | {Median(measured.Select(m => m.ChartsMs)):F0} | {Median(measured.Select(m => m.WarmMs)):F0} | {Median(measured.Select(m => (double)m.Requests)):F0} |");
            report.AppendLine(line);
            Console.WriteLine(line);
        }
        if (output is not null)
        {
            await File.WriteAllTextAsync(output, report.ToString());
        }
        return 0;
    }

    private static Task<Product> ProductStart() => Product.StartAsync();

    private static async Task<(double Cold, double Warm, double ColdMs, double ChartsMs, double WarmMs, int Requests)> MeasureAsync(IBrowser browser, Uri url)
    {
        await using var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 412, Height = 823 }, IsMobile = true });
        var page = await context.NewPageAsync();
        var cdp = await context.NewCDPSessionAsync(page);
        await cdp.SendAsync("Network.enable");
        await cdp.SendAsync("Network.emulateNetworkConditions", new() { ["offline"] = false, ["latency"] = 150, ["downloadThroughput"] = 1.6 * 1024 * 1024 / 8, ["uploadThroughput"] = 750 * 1024 / 8 });
        await cdp.SendAsync("Emulation.setCPUThrottlingRate", new() { ["rate"] = 4 });
        long bytes = 0;
        var requests = 0;
        cdp.Event("Network.loadingFinished").OnEvent += (_, e) =>
        {
            if (e is JsonElement finished && finished.TryGetProperty("encodedDataLength", out var length))
            {
                Interlocked.Add(ref bytes, (long)length.GetDouble());
                Interlocked.Increment(ref requests);
            }
        };
        await page.GotoAsync(url.ToString(), new() { WaitUntil = WaitUntilState.Load, Timeout = 120_000 });
        var coldMs = await LoadTimeAsync(page);
        var chartsMs = await ChartsDrawnAsync(page);
        var (cold, coldRequests) = (Interlocked.Exchange(ref bytes, 0), Interlocked.Exchange(ref requests, 0));
        await page.GotoAsync(url.ToString(), new() { WaitUntil = WaitUntilState.Load, Timeout = 120_000 });
        var warmMs = await LoadTimeAsync(page);
        await ChartsDrawnAsync(page);
        return (cold, Interlocked.Read(ref bytes), coldMs, chartsMs, warmMs, coldRequests);
    }

    /// <summary>Waits until every chart on the page is drawn (the library comes after the load event); returns when, from navigation start.</summary>
    private static async Task<double> ChartsDrawnAsync(IPage page)
    {
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('.chart[data-chart]')].every(e => e.dataset.rendered)", null, new() { Timeout = 120_000 });
        return await page.EvaluateAsync<double>("() => performance.now()");
    }

    private static Task<double> LoadTimeAsync(IPage page) =>
        page.EvaluateAsync<double>("() => { const n = performance.getEntriesByType('navigation')[0]; return n.loadEventEnd - n.startTime; }");

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
