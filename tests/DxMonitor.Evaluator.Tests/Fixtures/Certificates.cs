using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace DxMonitor.Evaluator.Tests.Fixtures;

/// <summary>
/// Certificates made for the fixture portals: a test root (trusted by the evaluator through its TrustedRootFiles
/// option, never by the machine) and leaf certificates issued by it or self-signed, valid or expired, for the right
/// host or another one.
/// </summary>
public static class Certificates
{
    private static readonly Lazy<(X509Certificate2 Root, string PemFile)> TestRoot = new(CreateRoot);

    // Certificates are dated from the real clock: the TLS stack compares them with it.
    private static DateTimeOffset Now => TimeProvider.System.GetUtcNow();

    public static string RootPemFile => TestRoot.Value.PemFile;

    public static X509Certificate2 Valid(string host = "127.0.0.1") => Leaf(host, Now.AddDays(-10), Now.AddDays(200), selfSigned: false);

    public static X509Certificate2 Expired() => Leaf("127.0.0.1", Now.AddDays(-400), Now.AddDays(-35), selfSigned: false);

    public static X509Certificate2 ExpiringIn(int days) => Leaf("127.0.0.1", Now.AddDays(-300), Now.AddDays(days).AddHours(12), selfSigned: false);

    public static X509Certificate2 ForOtherHost() => Leaf("portal.example.gov.vn", Now.AddDays(-10), Now.AddDays(200), selfSigned: false);

    public static X509Certificate2 SelfSigned() => Leaf("127.0.0.1", Now.AddDays(-10), Now.AddDays(200), selfSigned: true);

    private static X509Certificate2 Leaf(string host, DateTimeOffset notBefore, DateTimeOffset notAfter, bool selfSigned)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=" + host, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        var names = new SubjectAlternativeNameBuilder();
        if (IPAddress.TryParse(host, out var address))
        {
            names.AddIpAddress(address);
        }
        else
        {
            names.AddDnsName(host);
        }
        request.CertificateExtensions.Add(names.Build());
        using var issued = selfSigned
            ? request.CreateSelfSigned(notBefore, notAfter)
            : request.Create(TestRoot.Value.Root, notBefore, notAfter, RandomNumberGenerator.GetBytes(12)).CopyWithPrivateKey(key);
        return X509CertificateLoader.LoadPkcs12(issued.Export(X509ContentType.Pfx), null);
    }

    private static (X509Certificate2, string) CreateRoot()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=DxMonitor Test Root", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        var root = request.CreateSelfSigned(Now.AddYears(-2), Now.AddYears(5));
        var file = Path.Combine(Path.GetTempPath(), $"dxmonitor-test-root-{Environment.ProcessId}.pem");
        File.WriteAllText(file, root.ExportCertificatePem());
        return (root, file);
    }
}
