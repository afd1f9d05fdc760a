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

    public void Add(long row, Dossier dossier)
    {
        Rows.Add(row);
        UnitIds.Add(dossier.UnitId);
        Numbers.Add(dossier.Number);
        ProcedureCodes.Add(dossier.ProcedureCode);
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

    /// <summary>The dossiers this chunk names twice: the row that gave each first and the row that repeated it.</summary>
    public IEnumerable<DossierStore.Duplicate> Repeats(Dictionary<(int, string), long> seen)
    {
        seen.Clear();
        for (var i = 0; i < Count; i++)
        {
            if (!seen.TryAdd((UnitIds[i], Numbers[i]), Rows[i]))
            {
                yield return new DossierStore.Duplicate(UnitIds[i], Numbers[i], seen[(UnitIds[i], Numbers[i])], Rows[i]);
            }
        }
    }

    public void Clear()
    {
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
