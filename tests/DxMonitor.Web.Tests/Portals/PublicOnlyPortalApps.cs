namespace DxMonitor.Web.Tests.Portals;

/// <summary>The portal apps as a production configuration runs them: no network allow-listed, loopback refused.</summary>
public sealed class PublicOnlyPortalApps() : PortalApps(PublicOnly)
{
    private static readonly IReadOnlyDictionary<string, string> PublicOnly =
        Settings.Where(s => !s.Key.StartsWith("Evaluator:AllowedNetworks", StringComparison.Ordinal)).ToDictionary();
}
