using DxMonitor.Data.Dossiers;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Domain.Dossiers;
using DxMonitor.Domain.Tests.Dossiers;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Data.Tests.Dossiers;

/// <summary>
/// Two uploads open on PostgreSQL at once, each with chunks of one row so that every staged row is written
/// by the store's writer task. Each step waits until the server shows the previous one took effect, so the
/// order of the writes is the one the test names, not whichever writer task ran first.
/// </summary>
public sealed class ConcurrentDossierUploadTests
{
    private static readonly DateTime Now = SampleDossiers.Now;
    private static readonly DossierBatch Batch = new() { SentBy = "tester", ReceivedAt = Now, Channel = "csv", Rows = 2, Units = "P01" };

    [Fact]
    public async Task The_later_of_two_uploads_of_the_same_dossier_waits_and_is_refused_whole()
    {
        await using var uploads = await TwoUploads.StartAsync();
        var (database, unit, first, second) = (uploads.Database, uploads.Unit, uploads.First, uploads.Second);
        await second.StageAsync(2, Make(unit, "Y"), CancellationToken.None);
        await second.StageAsync(3, Make(unit, "X"), CancellationToken.None);
        await WaitForAsync(database, Waiting, 1);
        await first.MergeAsync(Batch, 10, CancellationToken.None);

        await Assert.ThrowsAsync<DossierConflictException>(() => second.MergeAsync(Batch, 10, CancellationToken.None));
        Assert.Equal(["X"], await NumbersAsync(database));
    }

    [Fact]
    public async Task Two_uploads_each_waiting_for_a_dossier_the_other_wrote_end_with_one_stored_and_one_refused()
    {
        await using var uploads = await TwoUploads.StartAsync();
        var (database, unit, first, second) = (uploads.Database, uploads.Unit, uploads.First, uploads.Second);
        await second.StageAsync(2, Make(unit, "Y"), CancellationToken.None);
        await WaitForAsync(database, Writers, 2);
        await first.StageAsync(3, Make(unit, "Y"), CancellationToken.None);
        await WaitForAsync(database, Waiting, 1);
        // Each now waits for the other: PostgreSQL's deadlock check ends one of the two transactions.
        await second.StageAsync(3, Make(unit, "X"), CancellationToken.None);

        var merges = new[] { Outcome(first), Outcome(second) };
        var outcomes = await Task.WhenAll(merges);

        Assert.Single(outcomes, o => o is null);
        Assert.IsType<DossierConflictException>(Assert.Single(outcomes, o => o is not null));
        Assert.Equal(["X", "Y"], await NumbersAsync(database));
    }

    /// <summary>
    /// The second upload met the unit before the first committed, so it took X's number for new and appends it without
    /// a lookup: the primary key refuses it, and the upload is refused whole, as when the two were open at once.
    /// </summary>
    [Fact]
    public async Task A_dossier_another_upload_stored_after_this_one_met_its_unit_is_refused_whole()
    {
        await using var uploads = await TwoUploads.StartAsync();
        var (database, unit, first, second) = (uploads.Database, uploads.Unit, uploads.First, uploads.Second);
        await second.StageAsync(2, Make(unit, "A"), CancellationToken.None);
        await WaitForAsync(database, Writers, 2);
        await first.MergeAsync(Batch, 10, CancellationToken.None);

        await second.StageAsync(3, Make(unit, "X"), CancellationToken.None);

        await Assert.ThrowsAsync<DossierConflictException>(() => second.MergeAsync(Batch, 10, CancellationToken.None));
        Assert.Equal(["X"], await NumbersAsync(database));
    }

    /// <summary>Uploads of this test's database whose writes are done: they hold the table's write lock and wait for the client.</summary>
    private const string Writers =
        """
        SELECT count(DISTINCT l.pid)::int AS "Value"
        FROM pg_locks l JOIN pg_class c ON c.oid = l.relation JOIN pg_stat_activity a ON a.pid = l.pid
        WHERE l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
          AND c.relname = 'dossiers' AND l.mode = 'RowExclusiveLock' AND l.granted AND a.state = 'idle in transaction'
        """;

    /// <summary>Uploads of this test's database waiting for a row another transaction holds.</summary>
    private const string Waiting =
        "SELECT count(*)::int AS \"Value\" FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'";

    private static async Task<Exception?> Outcome(DossierStore store)
    {
        try
        {
            await store.MergeAsync(Batch, 10, CancellationToken.None);
            return null;
        }
        catch (DossierConflictException e)
        {
            return e;
        }
    }

    private static async Task WaitForAsync(TestDatabase database, string count, int expected)
    {
        await using var db = database.CreateContext();
        var seen = -1;
        for (var i = 0; i < 400 && seen != expected; i++)
        {
            await Task.Delay(25);
            seen = await db.Database.SqlQueryRaw<int>(count).SingleAsync();
        }
        Assert.Equal(expected, seen);
    }

    /// <summary>Two uploads open on one fresh database; the first has written dossier X and waits for more input.</summary>
    private sealed record TwoUploads(TestDatabase Database, int Unit, DossierStore First, DossierStore Second) : IAsyncDisposable
    {
        public static async Task<TwoUploads> StartAsync()
        {
            var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
            await using var db = database.CreateContext();
            var unit = (await db.Units.SingleAsync(u => u.Code == "P01")).Id;
            var uploads = new TwoUploads(database, unit,
                await DossierStore.BeginAsync(database.Options, 1, CancellationToken.None),
                await DossierStore.BeginAsync(database.Options, 1, CancellationToken.None));
            await uploads.First.StageAsync(2, Make(unit, "X"), CancellationToken.None);
            await WaitForAsync(database, Writers, 1);
            return uploads;
        }

        public async ValueTask DisposeAsync()
        {
            await First.DisposeAsync();
            await Second.DisposeAsync();
            await Database.DisposeAsync();
        }
    }

    private static async Task<List<string>> NumbersAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        return await db.Dossiers.OrderBy(d => d.Number).Select(d => d.Number).ToListAsync();
    }

    private static Dossier Make(int unit, string number)
    {
        var dossier = Dossier.Create(number, "1.001", DossierChannel.InPerson, null, Now.AddDays(-3), null, null, DossierStatus.Processing, null, false);
        dossier.UnitId = unit;
        dossier.UpdatedAt = Now;
        return dossier;
    }
}
