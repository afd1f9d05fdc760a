using DxMonitor.Domain.Periods;

namespace DxMonitor.Domain.Tests.Architecture;

public sealed class DomainDependencyTests
{
    [Fact]
    public void The_domain_references_only_the_base_library()
    {
        var references = typeof(Period).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? "").ToList();
        Assert.NotEmpty(references);
        Assert.All(references, name => Assert.True(name == "System" || name.StartsWith("System.", StringComparison.Ordinal), $"Domain references {name}"));
    }
}
