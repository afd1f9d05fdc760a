namespace DxMonitor.Domain.Engine;

/// <summary>
/// Orders indicators so that each comes after what it depends on (a rate after its weight, a formula after its
/// inputs), as phases: indicators in one phase are independent and can be computed in parallel.
/// </summary>
internal static class DependencyOrder
{
    public static int[][] Phases(IReadOnlyList<EngineIndicator> indicators)
    {
        var depth = new int[indicators.Count];
        var state = new byte[indicators.Count]; // 0 new, 1 on the path, 2 done
        for (var i = 0; i < indicators.Count; i++)
        {
            Visit(i, indicators, depth, state, []);
        }
        return [.. Enumerable.Range(0, indicators.Count).GroupBy(i => depth[i]).OrderBy(g => g.Key).Select(g => g.ToArray())];
    }

    public static IEnumerable<int> DependenciesOf(EngineIndicator indicator) =>
        indicator.WeightIndex >= 0 ? indicator.Inputs.Append(indicator.WeightIndex) : indicator.Inputs;

    private static int Visit(int i, IReadOnlyList<EngineIndicator> indicators, int[] depth, byte[] state, List<int> path)
    {
        if (state[i] == 2)
        {
            return depth[i];
        }
        path.Add(i);
        if (state[i] == 1)
        {
            var cycle = string.Join(" -> ", path.SkipWhile(p => p != i).Select(p => indicators[p].Code));
            throw new RuleViolationException($"Indicators depend on each other in a cycle: {cycle}.", "formula");
        }
        state[i] = 1;
        var d = 0;
        foreach (var dependency in DependenciesOf(indicators[i]))
        {
            d = Math.Max(d, Visit(dependency, indicators, depth, state, path) + 1);
        }
        path.RemoveAt(path.Count - 1);
        state[i] = 2;
        depth[i] = d;
        return d;
    }
}
