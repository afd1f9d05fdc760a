using DxMonitor.Domain.Dossiers;

namespace DxMonitor.Data.Dossiers;

/// <summary>
/// Up to <see cref="Capacity"/> staged dossiers kept column by column, as the PostgreSQL upsert sends them
/// (one array per column). Chunks are recycled, so their lists keep their capacity.
/// </summary>
internal sealed class DossierChunk(int capacity)
{
    public int Capacity { get; } = capacity;
    public int Count => Rows.Count;
    public bool IsFull => Rows.Count >= Capacity;

    public List<long> Rows { get; } = new(capacity);
    public List<int> UnitIds { get; } = new(capacity);
    public List<string> Numbers { get; } = new(capacity);
    public List<string> ProcedureCodes { get; } = new(capacity);
    public List<int> Channels { get; } = new(capacity);
    public List<int?> Scopes { get; } = new(capacity);
    public List<DateTime> ReceivedAt { get; } = new(capacity);
    public List<DateTime?> DueAt { get; } = new(capacity);
    public List<DateTime?> FinishedAt { get; } = new(capacity);
    public List<int> Statuses { get; } = new(capacity);
    public List<bool?> PaidOnline { get; } = new(capacity);
    public List<bool> Digitised { get; } = new(capacity);
    public List<int> ReceivedMonths { get; } = new(capacity);
    public List<int?> DueMonths { get; } = new(capacity);
    public List<int?> FinishedMonths { get; } = new(capacity);
    public List<int> Outcomes { get; } = new(capacity);
    public List<DateTime> UpdatedAt { get; } = new(capacity);
    public List<int> Supplements { get; } = new(capacity);
    public List<int?> PausedDays { get; } = new(capacity);
    public List<int> Facts { get; } = new(capacity);

    /// <param name="procedureCode">The dossier's procedure code, or an equal string to keep instead.</param>
    public void Add(long row, Dossier dossier, string procedureCode)
    {
        Rows.Add(row);
        UnitIds.Add(dossier.UnitId);
        Numbers.Add(dossier.Number);
        ProcedureCodes.Add(procedureCode);
        Channels.Add((int)dossier.Channel);
        Scopes.Add((int?)dossier.Scope);
        ReceivedAt.Add(dossier.ReceivedAt);
        DueAt.Add(dossier.DueAt);
        FinishedAt.Add(dossier.FinishedAt);
        Statuses.Add((int)dossier.Status);
        PaidOnline.Add(dossier.PaidOnline);
        Digitised.Add(dossier.Digitised);
        ReceivedMonths.Add(dossier.ReceivedMonth);
        DueMonths.Add(dossier.DueMonth);
        FinishedMonths.Add(dossier.FinishedMonth);
        Outcomes.Add((int)dossier.Outcome);
        UpdatedAt.Add(dossier.UpdatedAt);
        Supplements.Add(dossier.Supplements);
        PausedDays.Add(dossier.PausedDays);
        Facts.Add((int)dossier.Facts);
    }

    private int[]? _order;

    /// <summary>
    /// The rows' indexes in key order: by unit, then number in the order of PostgreSQL's "C" collation, then row (so
    /// that a dossier given twice comes first where it was given first).
    /// </summary>
    public int[] Order()
    {
        if (_order is { } done)
        {
            return done;
        }
        var order = new int[Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }
        Array.Sort(order, (a, b) => UnitIds[a] != UnitIds[b] ? UnitIds[a].CompareTo(UnitIds[b])
            : CompareNumbers(Numbers[a], Numbers[b]) is var byNumber && byNumber != 0 ? byNumber : Rows[a].CompareTo(Rows[b]));
        return _order = order;
    }

    /// <summary>
    /// Compares by Unicode code point, which is how PostgreSQL's "C" collation orders UTF-8 text (byte by byte); UTF-16
    /// order (<see cref="string.CompareOrdinal(string, string)"/>) differs for characters above U+FFFF.
    /// </summary>
    public static int CompareNumbers(string a, string b)
    {
        var common = a.AsSpan().CommonPrefixLength(b);
        if (common == a.Length || common == b.Length)
        {
            return a.Length.CompareTo(b.Length);
        }
        var (x, y) = (a[common], b[common]);
        return char.IsSurrogate(x) == char.IsSurrogate(y) ? x.CompareTo(y) : char.IsSurrogate(x) ? 1 : -1;
    }

    /// <summary>The dossiers this chunk names twice: the row that gave each first and the row that repeated it (neighbours in key order).</summary>
    public IEnumerable<DossierStore.Duplicate> Repeats()
    {
        var order = Order();
        for (int k = 1, first = 0; k < order.Length; k++)
        {
            var (i, f) = (order[k], order[first]);
            if (UnitIds[i] == UnitIds[f] && string.Equals(Numbers[i], Numbers[f], StringComparison.Ordinal))
            {
                yield return new DossierStore.Duplicate(UnitIds[i], Numbers[i], Rows[f], Rows[i]);
            }
            else
            {
                first = k;
            }
        }
    }

    public void Clear()
    {
        _order = null;
        foreach (var list in new System.Collections.IList[]
        {
            Rows, UnitIds, Numbers, ProcedureCodes, Channels, Scopes, ReceivedAt, DueAt, FinishedAt, Statuses, PaidOnline,
            Digitised, ReceivedMonths, DueMonths, FinishedMonths, Outcomes, UpdatedAt, Supplements, PausedDays, Facts,
        })
        {
            list.Clear();
        }
    }
}
