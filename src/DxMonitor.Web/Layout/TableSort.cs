namespace DxMonitor.Web.Layout;

/// <summary>
/// A table page's order, as its column headers set it in the link (<c>sort=name</c> ascending, <c>sort=-name</c>
/// descending): applied on the server before paging, text in Vietnamese alphabetical order, empty cells last.
/// </summary>
public sealed record TableSort(string Key, bool Descending)
{
    /// <summary>How the order travels in a link.</summary>
    public string Code => Descending ? "-" + Key : Key;

    /// <summary>The order a link asks for, if it names one of <paramref name="keys"/>; the page's default otherwise.</summary>
    public static TableSort Parse(string? text, TableSort byDefault, IEnumerable<string> keys)
    {
        var trimmed = text?.Trim() ?? "";
        var descending = trimmed.StartsWith('-');
        var key = descending ? trimmed[1..] : trimmed;
        return keys.Contains(key, StringComparer.Ordinal) ? new TableSort(key, descending) : byDefault;
    }

    /// <summary>The order a click on a column's header asks for: the other direction on the current column, ascending on another.</summary>
    public TableSort Toggle(string key) => key == Key ? this with { Descending = !Descending } : new TableSort(key, false);

    public IEnumerable<T> Apply<T>(IEnumerable<T> rows, IReadOnlyDictionary<string, Func<T, object?>> columns)
    {
        var value = columns[Key];
        var comparer = Comparer<object?>.Create((a, b) => (a, b) switch
        {
            (null, null) => 0,
            (null, _) => Descending ? -1 : 1,
            (_, null) => Descending ? 1 : -1,
            (string x, string y) => Domain.Text.VietnameseOrder.Comparer.Compare(x, y),
            _ => Comparer<object>.Default.Compare(a, b),
        });
        return Descending ? rows.OrderByDescending(value, comparer) : rows.OrderBy(value, comparer);
    }
}
