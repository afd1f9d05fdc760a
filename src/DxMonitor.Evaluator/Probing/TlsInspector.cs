using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using DxMonitor.Evaluator.Grading;
using DxMonitor.Evaluator.Network;

namespace DxMonitor.Evaluator.Probing;

/// <summary>
/// Shakes hands with the portal to read its certificate (validity, chain, host name) and which TLS versions it
/// accepts. Invalid certificates are accepted only to measure them; nothing is sent after the handshake.
/// TLS 1.0 and 1.1 are not tried: Debian's OpenSSL refuses them on the client side, so no answer would be honest.
/// Connects only to addresses <see cref="AddressRules"/> permits.
/// </summary>
public sealed class TlsInspector(EvaluatorOptions options, AddressRules rules)
{
    private static readonly (SslProtocols Protocol, string Name)[] Versions = [(SslProtocols.Tls12, "TLS 1.2"), (SslProtocols.Tls13, "TLS 1.3")];

    private readonly X509Certificate2Collection _extraRoots = [.. options.TrustedRootFiles.Select(file => X509Certificate2.CreateFromPem(File.ReadAllText(file)))];

    public async Task<TlsReport> InspectAsync(Uri url, CancellationToken ct)
    {
        var host = url.IdnHost;
        var port = url.Port;
        X509Certificate2? certificate = null;
        var errors = SslPolicyErrors.None;
        var problems = new List<string>();
        string? protocol;
        try
        {
            protocol = await HandshakeAsync(host, port, SslProtocols.None, (_, cert, chain, policyErrors) =>
            {
                errors = policyErrors;
                certificate = cert is null ? null : new X509Certificate2(cert);
                var status = chain?.ChainStatus ?? [];
                if (certificate is not null && chain is not null && errors.HasFlag(SslPolicyErrors.RemoteCertificateChainErrors) && _extraRoots.Count > 0)
                {
                    status = BuildWithExtraRoots(certificate, chain, out var trusted);
                    errors = trusted ? errors & ~SslPolicyErrors.RemoteCertificateChainErrors : errors;
                }
                problems.AddRange(status.Where(s => s.Status != X509ChainStatusFlags.NoError).Select(s => $"{s.Status}: {s.StatusInformation.Trim()}"));
                return true;
            }, ct);
        }
        catch (Exception e) when (e is SocketException or IOException or AuthenticationException or OperationCanceledException && !ct.IsCancellationRequested)
        {
            return new TlsReport(host, port, null, [], null, null, null, null, false, false, [], HandshakeFailure(e), e.Message);
        }
        var accepted = new List<string>();
        foreach (var (version, name) in Versions)
        {
            try
            {
                await HandshakeAsync(host, port, version, (_, _, _, _) => true, ct);
                accepted.Add(name);
            }
            catch (Exception e) when (e is SocketException or IOException or AuthenticationException or OperationCanceledException && !ct.IsCancellationRequested)
            {
                // Not accepted (or not answered in time): the version is simply left out.
            }
        }
        using (certificate)
        {
            return new TlsReport(host, port, protocol, accepted, Phrase.Plain(certificate?.Subject), Phrase.Plain(certificate?.Issuer),
                certificate is null ? null : new DateTimeOffset(certificate.NotBefore.ToUniversalTime()),
                certificate is null ? null : new DateTimeOffset(certificate.NotAfter.ToUniversalTime()),
                !errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch),
                certificate is not null && !errors.HasFlag(SslPolicyErrors.RemoteCertificateChainErrors) && !errors.HasFlag(SslPolicyErrors.RemoteCertificateNotAvailable),
                problems, null);
        }
    }

    private string HandshakeFailure(Exception e) => e switch
    {
        OperationCanceledException => FailureReason.Timeout(options.RequestTimeout),
        AuthenticationException => Phrase.Of("handshake-rejected").ToString(),
        IOException when e is AddressRefusedException || e.InnerException is SocketException => FailureReason.Of(e),
        IOException => Phrase.Of("handshake-closed").ToString(),
        _ => FailureReason.Of(e),
    };

    private X509ChainStatus[] BuildWithExtraRoots(X509Certificate2 certificate, X509Chain presented, out bool trusted)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(_extraRoots);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.ExtraStore.AddRange(presented.ChainElements.Select(e => e.Certificate).ToArray());
        trusted = chain.Build(certificate);
        return trusted ? [] : chain.ChainStatus;
    }

    private async Task<string> HandshakeAsync(string host, int port, SslProtocols protocols, RemoteCertificateValidationCallback validate, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.RequestTimeout);
        await using var ssl = new SslStream(new NetworkStream(await rules.ConnectAsync(host.Trim('[', ']'), port, timeout.Token), ownsSocket: true), false, validate);
        await ssl.AuthenticateAsClientAsync(new SslClientAuthenticationOptions
        {
            TargetHost = host,
            EnabledSslProtocols = protocols,
            CertificateRevocationCheckMode = X509RevocationMode.NoCheck,
        }, timeout.Token);
        return ssl.SslProtocol switch
        {
            SslProtocols.Tls13 => "TLS 1.3",
            SslProtocols.Tls12 => "TLS 1.2",
            var other => other.ToString(),
        };
    }
}
