using System.Globalization;
using System.Text.RegularExpressions;
using DxMonitor.Evaluator.Grading;
using DxMonitor.Evaluator.Probing;

namespace DxMonitor.Evaluator.Checks;

/// <summary>
/// Security headers of the home page, weighed as the best-known public header graders do (securityheaders.com:
/// Content-Security-Policy, Strict-Transport-Security, X-Frame-Options, X-Content-Type-Options, Referrer-Policy,
/// Permissions-Policy), plus the flags of every cookie the page sets (Secure, HttpOnly, SameSite).
/// </summary>
public sealed partial class HeadersCheck : IPortalCheck
{
    /// <summary>Six months, the minimum max-age the HSTS preload list asks for.</summary>
    public const long MinHstsSeconds = 15_552_000;

    /// <summary>CSP, HSTS, frame protection, nosniff, Referrer-Policy, Permissions-Policy.</summary>
    public const int SecurityHeaders = 6;

    private static readonly string[] CookieFlags = ["Secure", "HttpOnly", "SameSite"];

    public string Id => "headers";

    public CheckResult Evaluate(PortalSnapshot snapshot)
    {
        if (Unreachable.HomeFailed(snapshot))
        {
            return Unreachable.Result(Id, snapshot);
        }
        var home = snapshot.Home!; // not failed: fetched
        var url = home.FinalUrl.ToString();
        var findings = new List<Finding>();
        var csp = home.Header("Content-Security-Policy");
        if (csp is null)
        {
            findings.Add(new("csp-missing", "No Content-Security-Policy header", 0.25, new(url, Header: "Content-Security-Policy")));
        }
        var hsts = home.Header("Strict-Transport-Security");
        if (home.FinalUrl.Scheme != Uri.UriSchemeHttps)
        {
            // Browsers ignore HSTS received over plain http (RFC 6797 §8.1): it protects nothing there.
            findings.Add(new("hsts-over-http", "HSTS does not apply: the page is served over plain http", 0.25,
                new(url, Header: hsts is null ? "Strict-Transport-Security" : "Strict-Transport-Security: " + hsts)));
        }
        else if (hsts is null)
        {
            findings.Add(new("hsts-missing", "No Strict-Transport-Security (HSTS) header", 0.25, new(url, Header: "Strict-Transport-Security")));
        }
        else if (!long.TryParse(MaxAge().Match(hsts).Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var maxAge) || maxAge < MinHstsSeconds)
        {
            var minimum = MinHstsSeconds.ToString(CultureInfo.InvariantCulture);
            findings.Add(new("hsts-short", $"HSTS max-age is under {minimum} seconds (six months)", 0.1,
                new(url, Header: "Strict-Transport-Security: " + hsts), [minimum]));
        }
        var frame = home.Header("X-Frame-Options");
        if (frame is null && !(csp?.Contains("frame-ancestors", StringComparison.OrdinalIgnoreCase) ?? false))
        {
            findings.Add(new("frame-options-missing", "Neither X-Frame-Options nor CSP frame-ancestors protects against clickjacking", 0.15,
                new(url, Header: "X-Frame-Options")));
        }
        var sniff = home.Header("X-Content-Type-Options");
        if (!string.Equals(sniff?.Trim(), "nosniff", StringComparison.OrdinalIgnoreCase))
        {
            findings.Add(new("nosniff-missing", "X-Content-Type-Options is not nosniff", 0.15,
                new(url, Header: "X-Content-Type-Options" + (sniff is null ? "" : ": " + sniff))));
        }
        if (home.Header("Referrer-Policy") is null)
        {
            findings.Add(new("referrer-policy-missing", "No Referrer-Policy header", 0.1, new(url, Header: "Referrer-Policy")));
        }
        if (home.Header("Permissions-Policy") is null)
        {
            findings.Add(new("permissions-policy-missing", "No Permissions-Policy header", 0.1, new(url, Header: "Permissions-Policy")));
        }
        var missingHeaders = findings.Count(f => f.Code is "csp-missing" or "hsts-missing" or "hsts-over-http" or "frame-options-missing"
            or "nosniff-missing" or "referrer-policy-missing" or "permissions-policy-missing");
        if (missingHeaders * 2 > SecurityHeaders)
        {
            var count = missingHeaders.ToString(CultureInfo.InvariantCulture);
            findings.Add(new("headers-mostly-missing", $"{count} of the {SecurityHeaders} security headers are missing", 0,
                new(url, Metric: $"{count}/{SecurityHeaders}"), [count, SecurityHeaders.ToString(CultureInfo.InvariantCulture)]));
        }
        foreach (var cookie in home.HeaderValues("Set-Cookie"))
        {
            var flags = cookie.Split(';').Skip(1).Select(f => f.Trim().Split('=')[0].ToUpperInvariant()).ToHashSet();
            var missing = CookieFlags.Where(f => !flags.Contains(f.ToUpperInvariant())).ToList();
            if (missing.Count > 0)
            {
                var name = cookie.Split('=')[0].Trim();
                findings.Add(new("cookie-flags", $"Cookie {name} lacks {string.Join(", ", missing)}", 0.05 * missing.Count,
                    new(url, Header: "Set-Cookie: " + cookie), [name, string.Join(", ", missing)]));
            }
        }
        return CheckResult.Of(Id, findings);
    }

    [GeneratedRegex(@"max-age\s*=\s*""?(\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex MaxAge();
}
