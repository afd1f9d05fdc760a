using Xunit.Abstractions;

[assembly: TestCollectionOrderer("DxMonitor.Web.Tests.Infrastructure.LongestFirst", "DxMonitor.Web.Tests")]

namespace DxMonitor.Web.Tests.Infrastructure;

/// <summary>
/// Starts the classes marked <see cref="RunsLongAttribute"/> first, then the others in xunit's usual order: the run
/// ends when its last class does, and a long class started last would run on alone while the other threads idle.
/// </summary>
public sealed class LongestFirst : ITestCollectionOrderer
{
    private const string ClassCollection = "Test collection for ";

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections.OrderBy(c => RunsLong(c) ? 0 : 1).ThenBy(c => c.DisplayName, StringComparer.Ordinal);

    private static bool RunsLong(ITestCollection collection)
    {
        var type = collection.CollectionDefinition
            ?? (collection.DisplayName.StartsWith(ClassCollection, StringComparison.Ordinal)
                ? collection.TestAssembly.Assembly.GetType(collection.DisplayName[ClassCollection.Length..])
                : null);
        return type?.GetCustomAttributes(typeof(RunsLongAttribute)).Any() == true;
    }
}
