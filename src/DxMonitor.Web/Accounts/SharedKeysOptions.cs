namespace DxMonitor.Web.Accounts;

/// <summary>
/// How the data-protection keys (which sign the sign-in cookie and antiforgery tokens) are kept at rest
/// (section "DataProtection"). They are stored in the database, shared by every instance; with a certificate
/// configured they are encrypted with it there.
/// </summary>
public sealed class SharedKeysOptions
{
    public const string Section = "DataProtection";

    /// <summary>A PKCS#12 (.pfx) file whose certificate encrypts the keys at rest; none: stored unencrypted.</summary>
    public string? CertificateFile { get; set; }

    public string? CertificatePassword { get; set; }
}
