namespace DxMonitor.Web.Portals;

/// <summary>What the portals page's registration form posts.</summary>
public sealed class RegisterPortalInput
{
    public string? Unit { get; set; }
    public string? Url { get; set; }
    public string? Kind { get; set; }
}
