using System.ComponentModel.DataAnnotations;
using System.Net;

namespace DxMonitor.Evaluator;

/// <summary>
/// Configuration of the portal evaluator (section "Evaluator"): limits that keep a hostile portal from stalling
/// the run, the polite user agent, the grading definition and the browser's limits. Defaults run with no file.
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

    /// <summary>
    /// The grading definition, "code/year" (or "code" for its latest year): by default the ministry's Decision 473/QĐ-BTTTT
    /// of 2024; "dxmonitor/2025" is the product's earlier scheme; others are added under <see cref="CustomDefinitions"/>.
    /// </summary>
    [Required]
    public string GradingDefinition { get; set; } = Grading.GradingDefinitions.Official;

    /// <summary>Definitions added by configuration (a later year, another version, another scheme).</summary>
    public List<Grading.GradingDefinition> CustomDefinitions { get; set; } = [];

    /// <summary>
    /// Conditions the page is loaded under in Chromium. <see cref="BrowserThrottling.Mobile"/> (default) is Lighthouse's
    /// mobile profile applied by Chromium itself, so the load metrics compare with Lighthouse's and with its thresholds.
    /// </summary>
    public BrowserThrottling Throttling { get; set; } = BrowserThrottling.Mobile;

    /// <summary>axe-core's own time limit; past it the accessibility check is not measured and the load metrics are kept.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan AxeTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>A page with more elements than this is checked by axe on a sample (its main region, else the first part of the body).</summary>
    [Range(100, 10_000_000)]
    public int AxeMaxElements { get; set; } = 15_000;

    /// <summary>JavaScript heap of each page in Chromium (MB); a page needing more is stopped, not the evaluator.</summary>
    [Range(64, 16_384)]
    public int BrowserHeapMegabytes { get; set; } = 512;

    /// <summary>The definition <see cref="GradingDefinition"/> names (validated at start, so never missing when running).</summary>
    public Grading.GradingDefinition Definition() =>
        Grading.GradingDefinitions.Find(GradingDefinition, CustomDefinitions)
        ?? throw new InvalidOperationException($"Evaluator:GradingDefinition '{GradingDefinition}' is not a known grading definition.");

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var network in AllowedNetworks.Where(n => !IsExactNetwork(n)))
        {
            yield return new ValidationResult(
                $"Evaluator:AllowedNetworks: '{network}' is not a network in CIDR notation with no bits set after its prefix, e.g. 10.20.0.0/16 or fd00::/8.",
                [nameof(AllowedNetworks)]);
        }
        foreach (var problem in CustomDefinitions.SelectMany(d => d.Problems()))
        {
            yield return new ValidationResult("Evaluator:CustomDefinitions: " + problem, [nameof(CustomDefinitions)]);
        }
        if (Grading.GradingDefinitions.Find(GradingDefinition, CustomDefinitions) is null)
        {
            yield return new ValidationResult($"Evaluator:GradingDefinition: '{GradingDefinition}' is not a known definition (built in: "
                + string.Join(", ", Grading.GradingDefinitions.BuiltIn().Select(d => d.Key)) + ").", [nameof(GradingDefinition)]);
        }
    }

    // .NET masks "10.20.1.0/16" to 10.20.0.0/16; an allow-list must not silently grow beyond what was written.
    private static bool IsExactNetwork(string text) =>
        IPNetwork.TryParse(text, out var network) && IPAddress.TryParse(text.Split('/')[0], out var written) && network.BaseAddress.Equals(written);
}
