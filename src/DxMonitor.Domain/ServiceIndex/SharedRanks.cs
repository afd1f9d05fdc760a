namespace DxMonitor.Domain.ServiceIndex;

/// <summary>Standard competition ranking (1, 2, 2, 4): equal scores share a rank and the next rank skips.</summary>
public static class SharedRanks
{
    /// <summary>Ranks the items with a score, best first; ties share the better rank. Items without a score get none.</summary>
    public static Dictionary<TKey, int> Of<TKey>(IEnumerable<(TKey Key, decimal? Score)> items) where TKey : notnull
    {
        var ordered = items.Where(i => i.Score is not null).OrderByDescending(i => i.Score).ToList();
        var ranks = new Dictionary<TKey, int>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            ranks[ordered[i].Key] = i > 0 && ordered[i].Score == ordered[i - 1].Score ? ranks[ordered[i - 1].Key] : i + 1;
        }
        return ranks;
    }
}
