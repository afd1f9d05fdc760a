using DxMonitor.Domain.Dossiers;

namespace DxMonitor.Data.Dossiers;

/// <summary>
/// The bulk path for dossiers: rows are staged inside one transaction and upserted into <c>dossiers</c> keyed by
/// (unit, number), each stored dossier remembering the batch and input row that last gave it; the transaction
/// commits only when the whole input was valid. Disposing without <see cref="MergeAsync"/> rolls everything
/// back. Memory stays constant whatever the input's size.
/// </summary>
public abstract class DossierStore : IAsyncDisposable
{
    /// <summary>The same (unit, number) given twice in one input: the row that gave it first and the row that repeated it.</summary>
    public sealed record Duplicate(int UnitId, string Number, long FirstRow, long Row);

    /// <summary>Stored rows and the batch that holds them, or the duplicates that prevented storing anything (batch 0).</summary>
    public sealed record MergeResult(long Stored, IReadOnlyList<Duplicate> Duplicates, long BatchId = 0);

    /// <summary>Columns of <c>dossiers</c> as the EF model names them, in the order the bulk paths write them.</summary>
    internal const string Columns =
        "\"UnitId\", \"Number\", \"ProcedureCode\", \"Channel\", \"Scope\", \"ReceivedAt\", \"DueAt\", \"FinishedAt\", \"Status\", "
        + "\"PaidOnline\", \"Digitised\", \"ReceivedMonth\", \"DueMonth\", \"FinishedMonth\", \"Outcome\", \"UpdatedAt\", "
        + "\"Supplements\", \"PausedDays\", \"Facts\"";

    /// <summary>How many columns <see cref="Columns"/> names.</summary>
    internal const int ColumnCount = 19;

    internal const string Updates =
        "\"ProcedureCode\" = excluded.\"ProcedureCode\", \"Channel\" = excluded.\"Channel\", \"Scope\" = excluded.\"Scope\", "
        + "\"ReceivedAt\" = excluded.\"ReceivedAt\", \"DueAt\" = excluded.\"DueAt\", \"FinishedAt\" = excluded.\"FinishedAt\", "
        + "\"Status\" = excluded.\"Status\", \"PaidOnline\" = excluded.\"PaidOnline\", \"Digitised\" = excluded.\"Digitised\", "
        + "\"ReceivedMonth\" = excluded.\"ReceivedMonth\", \"DueMonth\" = excluded.\"DueMonth\", "
        + "\"FinishedMonth\" = excluded.\"FinishedMonth\", \"Outcome\" = excluded.\"Outcome\", \"UpdatedAt\" = excluded.\"UpdatedAt\", "
        + "\"Supplements\" = excluded.\"Supplements\", \"PausedDays\" = excluded.\"PausedDays\", \"Facts\" = excluded.\"Facts\"";

    /// <summary>Rows the PostgreSQL store writes per statement: large enough to amortise a round trip, small enough to keep memory flat.</summary>
    public const int DefaultChunkRows = 20_000;

    /// <summary>Opens a connection and a transaction on the configured database.</summary>
    public static Task<DossierStore> BeginAsync(DatabaseOptions options, CancellationToken ct) => BeginAsync(options, DefaultChunkRows, ct);

    /// <param name="chunkRows">PostgreSQL only: rows written per statement (tests use small chunks to cross chunk borders).</param>
    public static async Task<DossierStore> BeginAsync(DatabaseOptions options, int chunkRows, CancellationToken ct) => options.Provider switch
    {
        DatabaseProvider.Postgres => await PostgresDossierStore.BeginAsync(options.ConnectionString, chunkRows, ct),
        _ => await SqliteDossierStore.BeginAsync(options.ConnectionString, ct),
    };

    /// <summary>Begins on the database a context is configured for (its own connection, not the context's).</summary>
    public static Task<DossierStore> BeginAsync(DxDbContext db, CancellationToken ct) => BeginAsync(new DatabaseOptions
    {
        Provider = db is Postgres.PostgresDxDbContext ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite,
        ConnectionString = Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetConnectionString(db.Database)
            ?? throw new InvalidOperationException("The context has no connection string."),
    }, ct);

    /// <summary>Stages one dossier (with its unit set) read from input row <paramref name="row"/>.</summary>
    public abstract ValueTask StageAsync(long row, Dossier dossier, CancellationToken ct);

    /// <summary>
    /// Stops staging because the input failed: nothing more is written and the transaction will roll back.
    /// </summary>
    public abstract ValueTask AbandonAsync();

    /// <summary>
    /// Upserts the staged rows and records <paramref name="batch"/>, then commits; if the input named a dossier
    /// twice, nothing is written and the duplicates (at most <paramref name="maxDuplicates"/>) are returned.
    /// </summary>
    public abstract Task<MergeResult> MergeAsync(DossierBatch batch, int maxDuplicates, CancellationToken ct);

    public abstract ValueTask DisposeAsync();
}
