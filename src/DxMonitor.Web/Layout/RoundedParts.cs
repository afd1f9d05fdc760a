namespace DxMonitor.Web.Layout;

/// <summary>
/// Rounds the parts of a total so that, shown together, they add up to the rounded total (largest remainder):
/// pillar points to a score, components to their pillar. Rounding each on its own can leave them 0.01 apart.
/// </summary>
public static class RoundedParts
{
    public static IReadOnlyList<double> Of(IReadOnlyList<double> parts, int decimals = 2)
    {
        var scale = Math.Pow(10, decimals);
        var target = (long)Math.Round(parts.Sum() * scale, MidpointRounding.AwayFromZero);
        var floors = parts.Select(p => (long)Math.Floor(p * scale)).ToArray();
        var left = target - floors.Sum();
        foreach (var i in Enumerable.Range(0, parts.Count).OrderByDescending(i => parts[i] * scale - floors[i]).ThenBy(i => i))
        {
            if (left <= 0)
            {
                break;
            }
            floors[i]++;
            left--;
        }
        return [.. floors.Select(f => f / scale)];
    }
}
