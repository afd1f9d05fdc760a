namespace DxMonitor.Evaluator.Grading;

/// <summary>
/// The English text of each <see cref="Phrase"/> code, for the CLI and for the English message stored with a finding;
/// the web renders the same codes from its resources ("Phrase_{code}", Vietnamese and English).
/// </summary>
public static class EnglishPhrases
{
    private static readonly Dictionary<string, string> Texts = new(StringComparer.Ordinal)
    {
        ["time-limit"] = "the portal's time limit ran out",
        ["not-fetched"] = "not fetched",
        ["no-response"] = "no response",
        ["home-not-loaded"] = "the home page did not load",
        ["browser-off"] = "headless Chromium is turned off in the configuration",
        ["browser-not-run"] = "headless Chromium was not run",
        ["page-not-loaded"] = "the page was not loaded",
        ["chromium-not-started"] = "headless Chromium could not start: {0}",
        ["browser-error"] = "Chromium reported: {0}",
        ["redirect-loop"] = "redirect loop: {0} was already visited",
        ["too-many-redirects"] = "more than {0} redirects",
        ["no-complete-response"] = "no complete response within {0} s",
        ["closed-without-response"] = "the connection closed without a response",
        ["not-http"] = "the response is not HTTP",
        ["network-error"] = "network error: {0}",
        ["connection-refused"] = "the server refused the connection",
        ["connection-reset"] = "the server closed the connection",
        ["host-not-found"] = "the host name does not resolve",
        ["address-refused"] = "{0} is in {1}: the evaluator connects only to public addresses",
        ["name-refused"] = "{0} resolves to {1}, in {2}: the evaluator connects only to public addresses",
        ["requested-fetch"] = "requested by a fetch of {0}",
        ["requested-redirect"] = "requested by a redirect from {0} (fetching {1})",
        ["requested-chromium-tunnel"] = "requested by Chromium (a TLS or WebSocket connection)",
        ["requested-chromium-request"] = "requested by Chromium (a request of the page)",
        ["allow-network"] = "{0} in {1}; allow a network in Evaluator:AllowedNetworks",
        ["stopped-reading"] = "stopped reading at {0} bytes",
        ["timing-connect"] = "connect {0} ms",
        ["timing-first-byte"] = "first byte {0} ms",
        ["timing-total"] = "total {0} ms",
        ["median-timing"] = "median first byte {0} ms, total {1} ms over {2} probes",
        ["link-on-page"] = "{0} on {1}",
        ["robots-skipped"] = "{0} links skipped by robots.txt ({1} rules for us)",
        ["axe-did-not-run"] = "axe did not run",
        ["axe-timeout"] = "axe did not finish within {0} s",
        ["axe-sample"] = "{0} ({1} elements, more than {2})",
        ["elements"] = "{0} elements",
        ["chain-untrusted-root"] = "the root certificate is not trusted",
        ["chain-partial"] = "the chain is incomplete (an intermediate certificate is missing)",
        ["chain-revoked"] = "a certificate of the chain is revoked",
        ["chain-revocation-unknown"] = "whether a certificate is revoked could not be checked",
        ["chain-bad-signature"] = "a signature in the chain is not valid",
        ["chain-other"] = "another chain problem ({0})",
        ["handshake-rejected"] = "the server and the evaluator could not agree on a secure connection",
        ["handshake-closed"] = "the server closed the connection during the handshake",
        ["inline-script"] = "(inline script)",
        ["page-weight"] = "{0} KiB, {1} requests",
        ["throttling-Mobile"] = "mobile profile",
        ["throttling-None"] = "no throttling",
        ["console-resource-status"] = "a resource failed to load: HTTP {0}",
        ["console-resource-network"] = "a resource failed to load: {0}",
    };

    /// <summary>The text with every phrase in English.</summary>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(text))]
    public static string? Render(string? text) => Phrase.Render(text, phrase =>
        Texts.TryGetValue(phrase.Code, out var format) ? string.Format(System.Globalization.CultureInfo.InvariantCulture, format, [.. phrase.Arguments]) : null);

    /// <summary>Every code and its English text (a composite format), so readers can check their resources cover them.</summary>
    public static IReadOnlyDictionary<string, string> All => Texts;
}
