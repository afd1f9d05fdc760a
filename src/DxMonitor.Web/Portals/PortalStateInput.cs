namespace DxMonitor.Web.Portals;

/// <summary>What the portals page's state form posts: the id of the portal to deactivate or to activate.</summary>
public sealed class PortalStateInput
{
    public int? Deactivate { get; set; }
    public int? Activate { get; set; }
}
