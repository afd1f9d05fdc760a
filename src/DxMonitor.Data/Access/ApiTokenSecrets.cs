using System.Security.Cryptography;
using System.Text;

namespace DxMonitor.Data.Access;

/// <summary>Creates token secrets and their stored hashes.</summary>
public static class ApiTokenSecrets
{
    public const string Prefix = "dxm_";

    public static string NewSecret() =>
        Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string secret) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
