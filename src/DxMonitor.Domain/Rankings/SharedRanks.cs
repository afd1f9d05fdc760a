using System.Numerics;

namespace DxMonitor.Domain.Rankings;

/// <summary>Standard competition ranking (1, 2, 2, 4): equal scores share a rank and the next rank skips.</summary>
public static class SharedRanks
{
    /// <summary>Ranks the items with a score, best first (highest, or lowest when <paramref name="lowerIsBetter"/>); items without a score get none.</summary>
    public static Dictionary<TKey, int> Of<TKey, TScore>(IEnumerable<(TKey Key, TScore? Score)> items, bool lowerIsBetter = false)
        where TKey : notnull where TScore : struct, INumber<TScore>
    {
        var scored = items.Where(i => i.Score is not null).Select(i => (i.Key, Score: i.Score!.Value));
        var ordered = (lowerIsBetter ? scored.OrderBy(i => i.Score) : scored.OrderByDescending(i => i.Score)).ToList();
        var ranks = new Dictionary<TKey, int>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            ranks[ordered[i].Key] = i > 0 && ordered[i].Score == ordered[i - 1].Score ? ranks[ordered[i - 1].Key] : i + 1;
        }
        return ranks;
    }
}
