using System.Diagnostics;
using DxMonitor.Evaluator.Browser;
using DxMonitor.Evaluator.Checks;
using DxMonitor.Evaluator.Grading;
using DxMonitor.Evaluator.Network;
using DxMonitor.Evaluator.Probing;

namespace DxMonitor.Evaluator;

/// <summary>
/// Evaluates portals: probes each (within its time limit), runs every check on what was gathered and grades the
/// results. Owns one HTTP client and one headless Chromium shared by all portals; a batch runs at most
/// <see cref="EvaluatorOptions.MaxConcurrency"/> portals at a time. Safe to use from several threads. Every connection
/// it makes, Chromium's included, goes only to addresses <see cref="AddressRules"/> permits.
/// </summary>
public sealed class PortalEvaluator : IAsyncDisposable
{
    private readonly HttpClient _client;
    private readonly ChromiumProbe? _browser;
    private readonly PortalProbe _probe;
    private readonly IReadOnlyList<IPortalCheck> _checks;
    private readonly EvaluatorOptions _options;
    private readonly TimeProvider _clock;

    public PortalEvaluator(EvaluatorOptions options, TimeProvider clock, IReadOnlyList<IPortalCheck>? checks = null)
    {
        _options = options;
        _clock = clock;
        var rules = AddressRules.From(options);
        _client = PageFetcher.CreateClient(options, rules);
        _browser = options.UseBrowser ? new ChromiumProbe(options, rules) : null;
        _probe = new PortalProbe(new TimedRequest(options, rules), new PageFetcher(_client, options), new TlsInspector(options, rules), _browser, options, clock);
        _checks = checks ?? DefaultChecks(options);
    }

    public static IReadOnlyList<IPortalCheck> DefaultChecks(EvaluatorOptions options) =>
        [
            new AvailabilityCheck(options), new TlsCheck(), new HeadersCheck(), new PerformanceCheck(), new LayoutCheck(), new LinksCheck(),
            new AccessibilityCheck(), new ServicesCheck(), new EmcCheck(),
        ];

    public async Task<Evaluation> EvaluateAsync(Uri url, CancellationToken ct)
    {
        var startedAt = _clock.GetUtcNow();
        var started = Stopwatch.GetTimestamp();
        var snapshot = await _probe.ProbeAsync(url, ct);
        return Grade(snapshot, startedAt, Stopwatch.GetElapsedTime(started));
    }

    /// <summary>Evaluates every portal, at most MaxConcurrency at a time; results in the order of <paramref name="urls"/>.</summary>
    public async Task<IReadOnlyList<Evaluation>> EvaluateManyAsync(IReadOnlyList<Uri> urls, CancellationToken ct)
    {
        var results = new Evaluation[urls.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, urls.Count),
            new ParallelOptions { MaxDegreeOfParallelism = _options.MaxConcurrency, CancellationToken = ct },
            async (i, token) => results[i] = await EvaluateAsync(urls[i], token));
        return results;
    }

    public Evaluation Grade(PortalSnapshot snapshot, DateTimeOffset startedAt, TimeSpan duration)
    {
        var results = _checks.Select(check => check.Evaluate(snapshot)).ToList();
        var definition = _options.Definition();
        var sheet = Grader.Grade(results, definition);
        return new Evaluation(snapshot.Url, startedAt, duration, sheet.Score, sheet.Grade, sheet.Checks, sheet.Deductions, Measurements.Of(snapshot))
        {
            Definition = definition.Key,
            Groups = sheet.Groups,
        };
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _client.Dispose();
    }
}
