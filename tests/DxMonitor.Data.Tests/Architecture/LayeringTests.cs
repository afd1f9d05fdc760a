using DxMonitor.Data;

namespace DxMonitor.Data.Tests.Architecture;

public sealed class LayeringTests
{
    private const int MaxLines = 400;

    [Fact]
    public void The_data_layer_knows_EF_Core_not_ASP_NET_Core()
    {
        // Identity's and data protection's EF Core stores are the exceptions (docs/decisions/007 and 021): EF mapping, no web framework.
        string[] allowed = ["Microsoft.AspNetCore.Identity.EntityFrameworkCore", "Microsoft.AspNetCore.DataProtection.EntityFrameworkCore"];
        var references = typeof(DxDbContext).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? "");
        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) && !allowed.Contains(name));
    }

    [Fact]
    public void No_source_file_is_longer_than_the_ceiling()
    {
        var src = Path.Combine(Root(), "src");
        var tooLong = Directory.EnumerateFiles(src, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (File: Path.GetRelativePath(src, f), Lines: File.ReadLines(f).Count()))
            .Where(f => f.Lines > MaxLines)
            .ToList();
        Assert.True(tooLong.Count == 0, "Split these files: " + string.Join(", ", tooLong));
    }

    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DxMonitor.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("DxMonitor.slnx not found above " + AppContext.BaseDirectory);
    }
}
