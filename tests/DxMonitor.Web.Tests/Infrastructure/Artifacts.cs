namespace DxMonitor.Web.Tests.Infrastructure;

/// <summary>Where tests leave files for people to look at: screenshots, the OpenAPI document (see README).</summary>
public static class Artifacts
{
    /// <summary>The repository's root folder, where DxMonitor.slnx is.</summary>
    public static string Root { get; } = FindRoot();

    public static string Folder { get; } = Path.Combine(Root, "artifacts", "test-output");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DxMonitor.slnx")))
            {
                return dir.FullName;
            }
        }
        return AppContext.BaseDirectory;
    }
}
