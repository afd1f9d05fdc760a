using System.Globalization;
using DxMonitor.Evaluator.Grading;
using DxMonitor.Evaluator.Probing;

namespace DxMonitor.Evaluator.Checks;

/// <summary>
/// HTTPS and its certificate: served over TLS at all, certificate within its validity and not about to expire,
/// issued for the portal's host name, chaining to a trusted root, and a modern protocol accepted.
/// </summary>
public sealed class TlsCheck : IPortalCheck
{
    public const int ExpiryWarningDays = 30;

    public string Id => "tls";

    public CheckResult Evaluate(PortalSnapshot snapshot)
    {
        var tls = snapshot.Tls;
        var url = (snapshot.Home?.FinalUrl ?? snapshot.Url).ToString();
        if (tls is null)
        {
            return CheckResult.Of(Id, [new("no-https", "The portal is not served over HTTPS", 1, new(url))]);
        }
        var where = $"https://{tls.Host}:{tls.Port.ToString(CultureInfo.InvariantCulture)}/";
        if (tls.Error is not null)
        {
            return CheckResult.Of(Id, [new("handshake-failed", "The TLS handshake failed: " + tls.Error, 1, new(where, Metric: tls.ErrorDetail), [tls.Error])]);
        }
        var findings = new List<Finding>();
        var certificate = $"{tls.Subject} ← {tls.Issuer}";
        if (tls.NotAfter is { } notAfter)
        {
            var days = (int)Math.Floor((notAfter - snapshot.ObservedAt).TotalDays);
            var validity = string.Create(CultureInfo.InvariantCulture, $"→ {notAfter:yyyy-MM-dd}");
            if (notAfter < snapshot.ObservedAt)
            {
                var ago = ((int)Math.Floor((snapshot.ObservedAt - notAfter).TotalDays)).ToString(CultureInfo.InvariantCulture);
                findings.Add(new("certificate-expired", $"The certificate expired {ago} days ago", 1,
                    new(where, Element: certificate, Metric: validity), [ago]));
            }
            else if (days < ExpiryWarningDays)
            {
                var left = days.ToString(CultureInfo.InvariantCulture);
                findings.Add(new("certificate-expiring", $"The certificate expires in {left} days", 0.2,
                    new(where, Element: certificate, Metric: validity), [left]));
            }
        }
        if (tls.NotBefore is { } notBefore && notBefore > snapshot.ObservedAt)
        {
            findings.Add(new("certificate-not-yet-valid", "The certificate is not valid yet", 1,
                new(where, Element: certificate, Metric: string.Create(CultureInfo.InvariantCulture, $"{notBefore:yyyy-MM-dd} →"))));
        }
        if (!tls.HostnameMatches)
        {
            findings.Add(new("hostname-mismatch", $"The certificate is not issued for {tls.Host}", 0.8, new(where, Element: certificate), [tls.Host]));
        }
        var chainProblems = tls.ChainProblems.Where(p => !p.StartsWith("NotTimeValid", StringComparison.Ordinal)).ToList();
        if (!tls.ChainTrusted && chainProblems.Count > 0)
        {
            var problems = string.Join("; ", chainProblems.Select(ChainProblem).Distinct());
            findings.Add(new("chain-untrusted", "The certificate does not chain to a trusted root: " + problems, 0.7,
                new(where, Element: certificate, Metric: string.Join("; ", chainProblems)), [problems]));
        }
        if (!tls.ProtocolsAccepted.Contains("TLS 1.3") && !tls.ProtocolsAccepted.Contains("TLS 1.2"))
        {
            findings.Add(new("old-protocol", "Neither TLS 1.2 nor TLS 1.3 is accepted (negotiated " + tls.Protocol + ")", 0.5, new(where), [tls.Protocol ?? ""]));
        }
        else if (!tls.ProtocolsAccepted.Contains("TLS 1.3"))
        {
            findings.Add(new("no-tls13", "TLS 1.3 is not accepted", 0.1, new(where, Metric: string.Join(", ", tls.ProtocolsAccepted))));
        }
        return CheckResult.Of(Id, findings);
    }

    /// <summary>The common chain statuses by code; another one by its status name (the full text is the evidence's metric).</summary>
    private static string ChainProblem(string problem)
    {
        var status = problem.Split(':')[0].Trim();
        return (status switch
        {
            "UntrustedRoot" => Phrase.Of("chain-untrusted-root"),
            "PartialChain" => Phrase.Of("chain-partial"),
            "Revoked" => Phrase.Of("chain-revoked"),
            "RevocationStatusUnknown" or "OfflineRevocation" => Phrase.Of("chain-revocation-unknown"),
            "NotSignatureValid" => Phrase.Of("chain-bad-signature"),
            _ => Phrase.Of("chain-other", status),
        }).ToString();
    }
}
