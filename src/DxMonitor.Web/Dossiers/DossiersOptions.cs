using System.ComponentModel.DataAnnotations;

namespace DxMonitor.Web.Dossiers;

public sealed class DossiersOptions
{
    public const string Section = "Dossiers";

    /// <summary>Largest CSV file uploaded as a form (POST /dossiers/import); larger: 413, send it to /dossiers/stream.</summary>
    [Range(1024, 4L * 1024 * 1024 * 1024)]
    public long MaxFileBytes { get; set; } = 100 * 1024 * 1024;

    /// <summary>Largest body of POST /dossiers/stream, read as it arrives in constant memory; larger: 413.</summary>
    [Range(1024, long.MaxValue)]
    public long MaxStreamBytes { get; set; } = 16L * 1024 * 1024 * 1024;

    /// <summary>Most dossiers in one JSON batch.</summary>
    [Range(1, 100_000)]
    public int MaxBatchSize { get; set; } = 5000;

    /// <summary>Problems reported before reading stops (nothing is stored once a row has failed).</summary>
    [Range(1, 10_000)]
    public int MaxProblems { get; set; } = 100;

    /// <summary>Longest CSV record or NDJSON line, in characters.</summary>
    [Range(256, 1_048_576)]
    public int MaxRecordChars { get; set; } = 16 * 1024;

    /// <summary>Days before a dossier's due time at which an open dossier is announced as due soon.</summary>
    [Range(0, 60)]
    public int DueSoonDays { get; set; } = 2;

    /// <summary>Minutes between checks for dossiers due soon.</summary>
    [Range(1, 1440)]
    public int DueSoonCheckMinutes { get; set; } = 15;

    /// <summary>Minutes between searches for dossier batches whose figures were never written (also run at start).</summary>
    [Range(1, 1440)]
    public int ReconcileMinutes { get; set; } = 10;

    /// <summary>
    /// Seconds a batch's own request has to write its figures before the reconciler takes the batch over: a batch
    /// younger than this may still be in the hands of the instance that received it.
    /// </summary>
    [Range(0, 3600)]
    public int ReconcileAfterSeconds { get; set; } = 120;
}
