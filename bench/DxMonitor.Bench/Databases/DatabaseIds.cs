namespace DxMonitor.Bench.Databases;

/// <summary>One database's row ids for the data set's dense unit and indicator indices.</summary>
public sealed class DatabaseIds(int[] unitIds, int[] indicatorIds)
{
    public ReadOnlySpan<int> UnitIds => unitIds;
    public ReadOnlySpan<int> IndicatorIds => indicatorIds;

    /// <summary>Unit index by database id (-1 where the id is not in the data set), for reading values back.</summary>
    public int[] UnitIndexById() => IndexById(unitIds);

    public int[] IndicatorIndexById() => IndexById(indicatorIds);

    private static int[] IndexById(int[] ids)
    {
        var index = new int[ids.Max() + 1];
        Array.Fill(index, -1);
        for (var i = 0; i < ids.Length; i++)
        {
            index[ids[i]] = i;
        }
        return index;
    }
}
