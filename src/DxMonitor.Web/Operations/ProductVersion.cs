using System.Reflection;

namespace DxMonitor.Web.Operations;

/// <summary>
/// This build's version, from the assembly's informational version: "1.0.0+&lt;commit&gt;" when it was built in a git
/// checkout (the SDK appends the commit), "1.0.0" otherwise.
/// </summary>
/// <param name="Version">The version operators deploy and compare, e.g. "1.0.0".</param>
/// <param name="Commit">The git commit it was built from, when known.</param>
public sealed record ProductVersion(string Version, string? Commit)
{
    public static ProductVersion Current { get; } = Of(typeof(ProductVersion).Assembly);

    public static ProductVersion Of(Assembly assembly)
    {
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString() ?? "0.0.0";
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? new(informational, null) : new(informational[..plus], informational[(plus + 1)..]);
    }

    /// <summary>"1.0.0 (3f2a9c1d0b7e)": the version and the commit's first twelve characters, as the footer shows it.</summary>
    public string Display => Commit is null ? Version : $"{Version} ({Commit[..Math.Min(12, Commit.Length)]})";
}
