namespace DxMonitor.Bench.Engines;

/// <summary>The engines the harness measures, in the order of the table. Plug the real engine in here.</summary>
public static class EnginesUnderTest
{
    public static IReadOnlyList<IEngineUnderTest> All() => [new NaiveDictionaryEngine(), new DomainEngine(withMonitoring: false), new DomainEngine(withMonitoring: true)];
}
