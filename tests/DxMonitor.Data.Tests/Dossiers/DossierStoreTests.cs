using DxMonitor.Data.Dossiers;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Domain.Dossiers;
using DxMonitor.Domain.Periods;
using DxMonitor.Domain.Tests.Dossiers;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Data.Tests.Dossiers;

public sealed class DossierStoreTests
{
    private static readonly DateTime Now = SampleDossiers.Now;

    private static async IAsyncEnumerable<DossierIngest.Row> Rows(IEnumerable<DossierFields> fields)
    {
        var number = 2L;
        foreach (var f in fields)
        {
            yield return new DossierIngest.Row(number++, f);
        }
        await Task.CompletedTask;
    }

    private static async Task<DossierIngest.Outcome> IngestAsync(
        TestDatabase database, IEnumerable<DossierFields> fields, string? forbidden = null, int chunkRows = DossierStore.DefaultChunkRows)
    {
        Dictionary<string, int> ids;
        await using (var db = database.CreateContext())
        {
            ids = await db.Units.ToDictionaryAsync(u => u.Code, u => u.Id);
        }
        await using var store = await DossierStore.BeginAsync(database.Options, chunkRows, CancellationToken.None);
        return await DossierIngest.RunAsync(Rows(fields),
            code => ids.TryGetValue(code, out var id) ? new DossierIngest.UnitAccess(id, code != forbidden) : null,
            store, new("tester", "csv", Now, 100), CancellationToken.None);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_database_counts_the_hand_checked_set_exactly_and_resending_updates(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var first = await IngestAsync(database, SampleDossiers.Fields);
        var again = await IngestAsync(database, [SampleDossiers.Fields[3] with { Status = "finished", FinishedAt = "2025-06-01 08:00" }]);

        Assert.Equal(8, Assert.IsType<DossierIngest.Done>(first).Rows);
        Assert.IsType<DossierIngest.Done>(again);
        await using var db = database.CreateContext();
        Assert.Equal(8, await db.Dossiers.CountAsync());
        var hanoi = await db.Units.SingleAsync(u => u.Code == "P01");
        var nation = await db.Units.SingleAsync(u => u.Code == "VN");
        var d = await db.Dossiers.SingleAsync(x => x.Number == "D");
        Assert.Equal(DossierOutcome.Late, d.Outcome);
        Assert.Equal(202506, d.FinishedMonth);
        Assert.Equal(2, await db.DossierBatches.CountAsync());

        var parents = await db.Units.ToDictionaryAsync(u => u.Id, u => u.ParentId);
        var figures = DossierFigures.Compute(await DossierAggregation.LoadAsync(db, Now, null, CancellationToken.None), parents, Now);
        // As the domain test's Q2, but D is now resolved late in June and no longer overdue.
        Assert.Equal(new DossierCounts(5, 1, 1, 1, 0, 1, 3, 0, 0), figures.For(hanoi.Id, Period.Parse("2025Q2")));
        Assert.Equal(2, figures.ForMonth(hanoi.Id, 202505).OverdueOpen);
        Assert.Equal(new DossierCounts(2, 2, 1, 1, 1, 1, 0, 1, 0), figures.For(nation.Id, Period.Parse("2025Q1")));
        Assert.Equal(6, figures.For(nation.Id, Period.Parse("2025Q2")).Received);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_dossier_overdue_and_open_at_a_months_end_counts_for_that_month_even_when_withdrawn_later(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var withdrawn = new DossierFields("W", "P01", "1.001234", "online", "full", "2025-04-02 08:00", "2025-04-10 17:00", "2025-05-20 09:00", "withdrawn", "", "");
        Assert.IsType<DossierIngest.Done>(await IngestAsync(database, [.. SampleDossiers.Fields, withdrawn]));
        await using var db = database.CreateContext();
        var hanoi = await db.Units.SingleAsync(u => u.Code == "P01");
        var parents = await db.Units.ToDictionaryAsync(u => u.Id, u => u.ParentId);

        var stored = await db.Dossiers.AsNoTracking().ToListAsync();
        var counted = DossierFigures.Compute(await DossierAggregation.LoadAsync(db, Now, null, CancellationToken.None), parents, Now);
        var reference = DossierFigures.Compute(DossierAggregates.FromDossiers(stored, Now), parents, Now);

        // W was open past its due time at the end of April; withdrawn in May, it is not in May's stock.
        Assert.Equal((1, 2), (counted.ForMonth(hanoi.Id, 202504).OverdueOpen, counted.ForMonth(hanoi.Id, 202505).OverdueOpen));
        Assert.Equal((1, 2), (reference.ForMonth(hanoi.Id, 202504).OverdueOpen, reference.ForMonth(hanoi.Id, 202505).OverdueOpen));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Database_counts_equal_the_in_memory_reference(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        DossierFields[] withLifecycle =
        [
            new("L1", "P01", "1.001234", "online", "full", "2025-03-12 08:00", "", "", "received", "", "", "1", "3", "true", "true", "false", "true"),
            new("L2", "P01", "1.001234", "online", "full", "2025-03-13 08:00", "", "", "received", "", "", "0", "", "false", "", "true", ""),
        ];
        Assert.IsType<DossierIngest.Done>(await IngestAsync(database, [.. SampleDossiers.Fields, .. withLifecycle]));
        await using var db = database.CreateContext();

        var stored = await db.Dossiers.AsNoTracking().ToListAsync();
        var reference = DossierAggregates.FromDossiers(stored, Now);
        Assert.Equal(new LifecycleCounts(2, 1, 1, 1, 2, 1, 1, 1), reference.Received.Single(r => r.Month == 202503 && r.Lifecycle.PortalSent > 0).Lifecycle);
        var counted = await DossierAggregation.LoadAsync(db, Now, null, CancellationToken.None);

        Assert.Equal(reference.Received.Select(r => r.ToString()).Order(), counted.Received.Select(r => r.ToString()).Order());
        Assert.Equal(reference.Closed.Select(r => r.ToString()).Order(), counted.Closed.Select(r => r.ToString()).Order());
        Assert.Equal(reference.Overdue.Select(r => r.ToString()).Order(), counted.Overdue.Select(r => r.ToString()).Order());
        Assert.Equal(new DateTime(2025, 3, 31, 17, 0, 0, DateTimeKind.Utc), stored.Single(x => x.Number == "B").ReceivedAt);
    }

    public static TheoryData<DatabaseProvider, int> ProvidersAndChunks()
    {
        var data = new TheoryData<DatabaseProvider, int>();
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
        {
            // One chunk holds the whole input; or chunks of 3 rows, so that the repeat comes chunks after the first.
            data.Add(provider, DossierStore.DefaultChunkRows);
            data.Add(provider, 3);
        }
        return data;
    }

    [Theory, MemberData(nameof(ProvidersAndChunks))]
    public async Task A_dossier_given_twice_stores_nothing_and_names_both_rows(DatabaseProvider provider, int chunkRows)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var outcome = await IngestAsync(database, [.. SampleDossiers.Fields, SampleDossiers.Fields[1]], chunkRows: chunkRows);

        var problem = Assert.Single(Assert.IsType<DossierIngest.Invalid>(outcome).Problems);
        Assert.Equal((10L, "dossier_id"), (problem.Row, problem.Column));
        Assert.Contains("already given in row 3", problem.Message, StringComparison.Ordinal);
        await using var db = database.CreateContext();
        Assert.Equal(0, await db.Dossiers.CountAsync());
        Assert.Equal(0, await db.DossierBatches.CountAsync());
    }

    [Theory, MemberData(nameof(ProvidersAndChunks))]
    public async Task Each_dossier_remembers_the_batch_and_row_that_last_gave_it(DatabaseProvider provider, int chunkRows)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        Assert.IsType<DossierIngest.Done>(await IngestAsync(database, SampleDossiers.Fields, chunkRows: chunkRows));
        // The second input resends D (row 3 now) after two new dossiers, and must update it, not call it a repeat.
        Assert.IsType<DossierIngest.Done>(await IngestAsync(database,
            [SampleDossiers.Fields[0] with { DossierId = "N1" }, SampleDossiers.Fields[3] with { Status = "finished", FinishedAt = "2025-06-01 08:00" },
             SampleDossiers.Fields[0] with { DossierId = "N2" }, SampleDossiers.Fields[0] with { DossierId = "N3" }],
            chunkRows: chunkRows));

        await using var db = database.CreateContext();
        var batches = await db.DossierBatches.OrderBy(b => b.Id).Select(b => b.Id).ToListAsync();
        var stored = await db.Dossiers.ToDictionaryAsync(d => d.Number);
        Assert.Equal(2, batches.Count);
        Assert.Equal(11, stored.Count);
        Assert.Equal((batches[0], 2L), (stored["A"].BatchId, stored["A"].BatchRow));
        Assert.Equal((batches[1], 3L), (stored["D"].BatchId, stored["D"].BatchRow));
        Assert.Equal(DossierOutcome.Late, stored["D"].Outcome);
        Assert.Equal((batches[1], 5L), (stored["N3"].BatchId, stored["N3"].BatchRow));
    }

    [Theory, MemberData(nameof(ProvidersAndChunks))]
    public async Task One_bad_last_row_or_another_units_row_stores_nothing(DatabaseProvider provider, int chunkRows)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        // With chunks of 3 rows, two chunks are already written when the last row fails: they must not be committed.
        var bad = await IngestAsync(database, [.. SampleDossiers.Fields, SampleDossiers.Fields[0] with { DossierId = "Z", ReceivedAt = "hôm qua", Unit = "P99" }], chunkRows: chunkRows);
        var forbidden = await IngestAsync(database, SampleDossiers.Fields, forbidden: "P04", chunkRows: chunkRows);

        var invalid = Assert.IsType<DossierIngest.Invalid>(bad);
        Assert.Contains(invalid.Problems, p => p is { Row: 10, Column: "received_at" } && p.Message.Contains("'hôm qua' is not a time", StringComparison.Ordinal));
        Assert.Contains(invalid.Problems, p => p is { Row: 10, Column: "unit" } && p.Message.Contains("P99", StringComparison.Ordinal));
        Assert.Equal(new DossierIngest.Forbidden(9, "P04"), forbidden);
        await using var db = database.CreateContext();
        Assert.Equal(0, await db.Dossiers.CountAsync());
    }
}
