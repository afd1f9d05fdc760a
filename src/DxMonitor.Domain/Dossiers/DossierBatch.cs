namespace DxMonitor.Domain.Dossiers;

/// <summary>One accepted ingest of dossiers (file, JSON batch or stream): who sent how many rows, when, for which units.</summary>
public sealed class DossierBatch
{
    public long Id { get; private set; }
    public required string SentBy { get; init; }
    public required DateTime ReceivedAt { get; init; }

    /// <summary>csv, json or stream.</summary>
    public required string Channel { get; init; }

    public required long Rows { get; init; }

    /// <summary>Codes of the units whose dossiers the batch held, comma separated (cut at 2000 characters).</summary>
    public required string Units { get; init; }
}
