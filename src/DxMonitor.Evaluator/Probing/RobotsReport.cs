using DxMonitor.Evaluator.Network;

namespace DxMonitor.Evaluator.Probing;

/// <summary>
/// What the portal's robots.txt said for us, read once per evaluation: its address, the HTTP status (none when it
/// did not answer), why it could not be read when the portal failed (5xx, timeout, network: everything is then
/// allowed, and the evidence says so), the rules that apply to us, and the links of the home page they disallow.
/// </summary>
public sealed record RobotsReport(Uri Url, int? Status, string? Unavailable, int Rules, IReadOnlyList<Uri> Disallowed, RefusedAddress? Refused = null);
