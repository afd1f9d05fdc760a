using System.ComponentModel.DataAnnotations;
using System.Net;

namespace DxMonitor.Evaluator;

/// <summary>
/// Configuration of the portal evaluator (section "Evaluator"): limits that keep a hostile portal from stalling
/// the run, the polite user agent, each check's weight in points and the grade bands. Defaults run with no file.
/// </summary>
public sealed class EvaluatorOptions : IValidatableObject
{
    public const string Section = "Evaluator";

    /// <summary>Identifies us to the portal's operators, with a page explaining the survey.</summary>
    [Required]
    public string UserAgent { get; set; } = "DxMonitor-PortalEvaluator/1.0 (+https://dxmonitor.local/evaluator; automated quality survey)";

    /// <summary>Everything about one portal must finish within this; what is not done by then is graded as failed.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan PortalTimeLimit { get; set; } = TimeSpan.FromSeconds(90);

    /// <summary>One HTTP request (connect to last byte read) must finish within this.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Timed probes of the home page for availability and latency.</summary>
    [Range(1, 20)]
    public int Probes { get; set; } = 3;

    /// <summary>A median first byte slower than this costs part of the availability check.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan SlowFirstByte { get; set; } = TimeSpan.FromMilliseconds(600);

    /// <summary>A median first byte slower than this costs more of the availability check.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan VerySlowFirstByte { get; set; } = TimeSpan.FromMilliseconds(1500);

    /// <summary>A median download of the home page slower than this costs part of the availability check.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan SlowTotal { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>At most this many bytes of a response body are read; the rest is left unread.</summary>
    [Range(1024, 100_000_000)]
    public long MaxBodyBytes { get; set; } = 3_000_000;

    [Range(0, 20)]
    public int MaxRedirects { get; set; } = 5;

    /// <summary>Pages besides the home page fetched per portal (links checked, features looked for).</summary>
    [Range(0, 200)]
    public int CrawlBudget { get; set; } = 12;

    /// <summary>Portals evaluated at the same time by a batch run.</summary>
    [Range(1, 64)]
    public int MaxConcurrency { get; set; } = 4;

    /// <summary>Load metrics, console errors and accessibility need headless Chromium; off leaves those checks unmeasured.</summary>
    public bool UseBrowser { get; set; } = true;

    public string ChromiumPath { get; set; } = "/usr/bin/chromium";

    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan BrowserTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// PEM files of root certificates trusted besides the system's, e.g. the Government CA (Ban Cơ yếu Chính phủ)
    /// that issues certificates of .gov.vn portals and is not in Debian's store.
    /// </summary>
    public List<string> TrustedRootFiles { get; set; } = [];

    /// <summary>
    /// Networks (CIDR, e.g. "10.20.0.0/16") the evaluator may connect to although they are not public: loopback,
    /// private, link-local, shared, multicast and unspecified addresses are refused otherwise, whatever name leads to
    /// them, at registration and at every connection of an evaluation (Chromium's included).
    /// </summary>
    public List<string> AllowedNetworks { get; set; } = [];

    /// <summary>Points of each check (rescaled to 100 over the checks measured).</summary>
    public Dictionary<string, double> Weights { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["availability"] = 20,
        ["tls"] = 15,
        ["headers"] = 10,
        ["quality"] = 10,
        ["links"] = 5,
        ["accessibility"] = 15,
        ["features"] = 25,
    };

    /// <summary>Lowest score of each grade.</summary>
    public Dictionary<string, double> GradeBands { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["A"] = 90,
        ["B"] = 75,
        ["C"] = 60,
        ["D"] = 40,
        ["E"] = 0,
    };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        AllowedNetworks.Where(n => !IsExactNetwork(n)).Select(n => new ValidationResult(
            $"Evaluator:AllowedNetworks: '{n}' is not a network in CIDR notation with no bits set after its prefix, e.g. 10.20.0.0/16 or fd00::/8.",
            [nameof(AllowedNetworks)]));

    // .NET masks "10.20.1.0/16" to 10.20.0.0/16; an allow-list must not silently grow beyond what was written.
    private static bool IsExactNetwork(string text) =>
        IPNetwork.TryParse(text, out var network) && IPAddress.TryParse(text.Split('/')[0], out var written) && network.BaseAddress.Equals(written);
}
