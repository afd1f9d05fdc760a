using System.Security.Cryptography.X509Certificates;
using DxMonitor.Data;
using Microsoft.AspNetCore.DataProtection;

namespace DxMonitor.Web.Accounts;

/// <summary>
/// One key ring for every instance (ADR 021): the data-protection keys live in the database under one application
/// name, so a sign-in cookie or an antiforgery token issued by one instance is accepted by all, and survives restarts
/// and redeployments to another folder. With <see cref="SharedKeysOptions.CertificateFile"/> set, the keys are
/// encrypted with that certificate before they are stored.
/// </summary>
public static class SharedKeys
{
    public const string ApplicationName = "DxMonitor";

    public static void AddSharedKeys(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(SharedKeysOptions.Section).Get<SharedKeysOptions>() ?? new SharedKeysOptions();
        var protection = builder.Services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<DxDbContext>();
        if (!string.IsNullOrWhiteSpace(options.CertificateFile))
        {
            protection.ProtectKeysWithCertificate(X509CertificateLoader.LoadPkcs12FromFile(options.CertificateFile, options.CertificatePassword));
        }
    }
}
