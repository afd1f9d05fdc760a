using DxMonitor.Evaluator.Network;

namespace DxMonitor.Evaluator.Probing;

/// <summary>
/// One page fetched by plain HTTP, redirects followed by hand. <see cref="Body"/> holds at most the configured
/// number of bytes (decoded); <see cref="Truncated"/> says the portal had more; <see cref="Refused"/> is set when the
/// page, or a redirect on the way, is at a forbidden address.
/// </summary>
public sealed record PageFetch(
    Uri RequestedUrl,
    Uri FinalUrl,
    int? Status,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    IReadOnlyList<Uri> Redirects,
    string Body,
    long Bytes,
    bool Truncated,
    string? ContentType,
    string? Error,
    RefusedAddress? Refused = null)
{
    public bool Ok => Error is null && Status is >= 200 and < 300;

    public bool IsHtml => ContentType?.Contains("html", StringComparison.OrdinalIgnoreCase) ?? false;

    public IEnumerable<string> HeaderValues(string name) =>
        Headers.Where(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value);

    public string? Header(string name) => HeaderValues(name).FirstOrDefault();
}
