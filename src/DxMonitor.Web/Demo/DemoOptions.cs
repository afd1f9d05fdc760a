namespace DxMonitor.Web.Demo;

/// <summary>Demo mode (<c>--demo</c>): a database of its own filled with generated figures, and a banner on every page.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    public bool Enabled { get; set; }
}
