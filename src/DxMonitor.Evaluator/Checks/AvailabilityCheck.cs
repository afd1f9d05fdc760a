using System.Globalization;
using DxMonitor.Evaluator.Grading;
using DxMonitor.Evaluator.Probing;

namespace DxMonitor.Evaluator.Checks;

/// <summary>
/// Is the portal up, and how fast does it answer, over several timed probes: each failed probe costs its share,
/// a failed home page costs everything, and a slow median first byte or total costs part.
/// </summary>
public sealed class AvailabilityCheck(EvaluatorOptions options) : IPortalCheck
{

    public string Id => "availability";

    public CheckResult Evaluate(PortalSnapshot snapshot)
    {
        var url = snapshot.Url.ToString();
        var findings = new List<Finding>();
        if (snapshot.TimedOut)
        {
            findings.Add(new("time-limit", "The evaluation ran out of the portal's time limit; what was not measured counts as failed", 0.5, new(url)));
        }
        if (Unreachable.HomeFailed(snapshot))
        {
            findings.Add(new("home-unavailable", "The home page did not load: " + Unreachable.Reason(snapshot), 1,
                new(snapshot.Home?.FinalUrl.ToString() ?? url), [Unreachable.Reason(snapshot)]));
        }
        if (snapshot.Home is { Truncated: true } big)
        {
            findings.Add(new("size-cap", "The home page is larger than the evaluator's size cap; the rest was not read", 0.3,
                new(big.FinalUrl.ToString(), Metric: Phrase.Of("stopped-reading", big.Bytes).ToString())));
        }
        var probes = snapshot.Probes;
        for (var i = 0; i < probes.Count; i++)
        {
            if (!probes[i].Succeeded)
            {
                var what = probes[i].Error ?? "HTTP " + probes[i].Status?.ToString(CultureInfo.InvariantCulture);
                var (number, count) = ((i + 1).ToString(CultureInfo.InvariantCulture), probes.Count.ToString(CultureInfo.InvariantCulture));
                findings.Add(new("probe-failed", $"Probe {number} of {count} failed: {what}", 1.0 / probes.Count,
                    new(url, Metric: Describe(probes[i])), [number, count, what]));
            }
        }
        var answered = probes.Where(p => p.Succeeded && p.FirstByte is not null).ToList();
        if (answered.Count > 0)
        {
            var firstByte = Median(answered.Select(p => p.FirstByte!.Value.TotalMilliseconds)); // answered: FirstByte set
            var total = Median(answered.Select(p => (p.Total ?? p.FirstByte!.Value).TotalMilliseconds));
            var (slow, verySlow, slowTotal) = (options.SlowFirstByte.TotalMilliseconds, options.VerySlowFirstByte.TotalMilliseconds, options.SlowTotal.TotalMilliseconds);
            var metric = Phrase.Of("median-timing", Ms(firstByte), Ms(total), answered.Count).ToString();
            if (firstByte > verySlow)
            {
                findings.Add(new("very-slow-first-byte", $"The server answers very slowly (first byte over {Ms(verySlow)} ms)", 0.3, new(url, Metric: metric), [Ms(verySlow)]));
            }
            else if (firstByte > slow)
            {
                findings.Add(new("slow-first-byte", $"The server answers slowly (first byte over {Ms(slow)} ms)", 0.15, new(url, Metric: metric), [Ms(slow)]));
            }
            if (total > slowTotal)
            {
                findings.Add(new("slow-total", $"The home page takes over {Ms(slowTotal)} ms to download", 0.1, new(url, Metric: metric), [Ms(slowTotal)]));
            }
        }
        findings.AddRange(snapshot.Refused.DistinctBy(r => r.Url).Take(MaxRefusalsShown).Select(Refusal));
        return CheckResult.Of(Id, findings);
    }

    private const int MaxRefusalsShown = 10;

    /// <summary>
    /// A note, not a cost: what the refusal kept from loading (the home page, a link, part of the page) is priced by
    /// the finding about it.
    /// </summary>
    private static Finding Refusal(Network.RefusedAddress refused)
    {
        var (address, network) = (refused.Address.ToString(), refused.Network.Network.ToString());
        return new("forbidden-address", $"The evaluator did not connect to {address}: the address is in {network}, not a public network", 0,
            new(refused.Url.ToString(), Element: refused.RequestedBy, Metric: Phrase.Of("allow-network", address, refused.Network).ToString()),
            [address, network]);
    }

    /// <summary>Each phase's time; DNS and TLS are names in every language, the others are phrases.</summary>
    public static string Describe(ConnectionTiming t) => string.Join(", ", new (Func<string, string> Name, TimeSpan? Value)[]
        { (ms => $"DNS {ms} ms", t.Dns), (ms => Phrase.Of("timing-connect", ms).ToString(), t.Connect), (ms => $"TLS {ms} ms", t.Tls),
          (ms => Phrase.Of("timing-first-byte", ms).ToString(), t.FirstByte), (ms => Phrase.Of("timing-total", ms).ToString(), t.Total) }
        .Where(p => p.Value is not null)
        .Select(p => p.Name(Ms(p.Value!.Value.TotalMilliseconds)))); // filtered: has a value

    private static string Ms(double milliseconds) => milliseconds.ToString("0", CultureInfo.InvariantCulture);

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
