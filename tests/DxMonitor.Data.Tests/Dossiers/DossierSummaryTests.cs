using System.Globalization;
using DxMonitor.Data.Dossiers;
using DxMonitor.Data.Dossiers.Summaries;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Domain.Dossiers;
using DxMonitor.Domain.Tests.Dossiers;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Data.Tests.Dossiers;

/// <summary>
/// The summary rows every ingest moves in its own transaction must always equal a recount of the stored dossiers:
/// after first sends, after resends that move dossiers between months, units' outcomes and facts, after an input
/// refused for a repeated dossier and after an ingest that died before committing; on both databases, with
/// PostgreSQL's chunks crossing the input.
/// </summary>
public sealed class DossierSummaryTests
{
    private static readonly DateTime Now = SampleDossiers.Now;
    private static readonly string[] Units = ["P01", "P04", "P11"];
    private static readonly string[] Statuses = ["received", "processing", "finished", "finished", "finished", "rejected", "withdrawn"];
    private static readonly string[] Flags = ["", "true", "false"];

    /// <summary>Dossiers over March to mid-June 2025, some open and due later in June (the month of <see cref="Now"/>).</summary>
    private static List<DossierFields> Generate(int seed, int count, int firstNumber)
    {
        var random = new Random(seed);
        var start = new DateTime(2025, 3, 1, 0, 0, 0, DateTimeKind.Utc);
        var rows = new List<DossierFields>(count);
        for (var i = 0; i < count; i++)
        {
            var received = start.AddMinutes(random.Next((int)(Now.AddDays(-1) - start).TotalMinutes));
            DateTime? due = random.Next(8) == 0 ? null : received.AddDays(random.Next(1, 30)).AddHours(random.Next(0, 10));
            var status = Statuses[random.Next(Statuses.Length)];
            var closed = status is "finished" or "rejected" or "withdrawn";
            var finished = received.AddTicks((long)((Now - received).Ticks * random.NextDouble()));
            var online = random.Next(3) != 0;
            rows.Add(new(
                string.Create(CultureInfo.InvariantCulture, $"S-{firstNumber + i}"), Units[random.Next(Units.Length)], "1.001234",
                online ? "online" : "in_person", online ? (random.Next(2) == 0 ? "full" : "partial") : "",
                Time(received), due is { } d ? Time(d) : "", closed ? Time(finished) : "", status,
                Flags[random.Next(3)], closed && random.Next(2) == 0 ? "true" : "false",
                random.Next(3).ToString(CultureInfo.InvariantCulture), "",
                Flags[random.Next(3)], Flags[random.Next(3)], Flags[random.Next(3)], Flags[random.Next(3)]));
        }
        return rows;
    }

    private static string Time(DateTime utc) => utc.AddHours(7).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static async IAsyncEnumerable<DossierIngest.Row> Rows(IEnumerable<DossierFields> fields)
    {
        var number = 2L;
        foreach (var f in fields)
        {
            yield return new DossierIngest.Row(number++, f);
        }
        await Task.CompletedTask;
    }

    private static async Task<Dictionary<string, int>> UnitIdsAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        return await db.Units.ToDictionaryAsync(u => u.Code, u => u.Id);
    }

    /// <summary>The process dies after staging every row: the store is dropped without merging, the transaction never commits.</summary>
    private static async Task DieWhileIngestingAsync(TestDatabase database, IEnumerable<DossierFields> fields)
    {
        var ids = await UnitIdsAsync(database);
        await using var store = await DossierStore.BeginAsync(database.Options, 7, CancellationToken.None);
        var row = 2L;
        foreach (var f in fields)
        {
            var dossier = Assert.IsType<Dossier>(DossierParser.Parse(f, Now).Dossier);
            dossier.UnitId = ids[f.Unit!];
            await store.StageAsync(row++, dossier, CancellationToken.None);
        }
    }

    private static async Task<DossierIngest.Outcome> IngestAsync(TestDatabase database, IEnumerable<DossierFields> fields)
    {
        var ids = await UnitIdsAsync(database);
        await using var store = await DossierStore.BeginAsync(database.Options, 7, CancellationToken.None);
        return await DossierIngest.RunAsync(Rows(fields), code => ids.TryGetValue(code, out var id) ? new DossierIngest.UnitAccess(id, true) : null,
            store, new("tester", "csv", Now, 100), CancellationToken.None);
    }

    private static async Task AssertSummariesMatchTheDossiersAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var maintained = await DossierAggregation.LoadAsync(db, Now, null, CancellationToken.None);
        var scanned = await DossierAggregation.ScanAsync(db, Now, null, CancellationToken.None);
        var reference = DossierAggregates.FromDossiers(await db.Dossiers.AsNoTracking().ToListAsync(), Now);
        foreach (var expected in new[] { scanned, reference })
        {
            Assert.Equal(expected.Received.Select(r => r.ToString()).Order(), maintained.Received.Select(r => r.ToString()).Order());
            Assert.Equal(expected.Closed.Select(r => r.ToString()).Order(), maintained.Closed.Select(r => r.ToString()).Order());
            Assert.Equal(expected.Overdue.Select(r => r.ToString()).Order(), maintained.Overdue.Select(r => r.ToString()).Order());
        }
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Summary_rows_follow_every_ingest_resend_refusal_and_crash(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var first = Generate(1, 300, 0);
        Assert.IsType<DossierIngest.Done>(await IngestAsync(database, first));
        await AssertSummariesMatchTheDossiersAsync(database);

        // Half the dossiers sent again with other values (other months, statuses and facts), mixed with new ones.
        var resent = Generate(2, 150, 0).Concat(Generate(3, 50, 1000)).ToList();
        Assert.IsType<DossierIngest.Done>(await IngestAsync(database, resent));
        await AssertSummariesMatchTheDossiersAsync(database);

        // Some of this month's open dossiers are due after now and some before: both kinds are in the check.
        await using (var db = database.CreateContext())
        {
            var thisMonth = await db.Dossiers.Where(d => d.Outcome == DossierOutcome.Open && d.DueMonth == 202506).Select(d => d.DueAt).ToListAsync();
            Assert.Contains(thisMonth, due => due >= Now);
            Assert.Contains(thisMonth, due => due < Now);
        }

        var before = await CountsAsync(database);
        var refused = await IngestAsync(database, [.. Generate(4, 20, 0), Generate(4, 20, 0)[0]]);
        Assert.IsType<DossierIngest.Invalid>(refused);
        await DieWhileIngestingAsync(database, Generate(5, 40, 0));
        Assert.Equal(before, await CountsAsync(database));
        await AssertSummariesMatchTheDossiersAsync(database);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Rebuilding_recounts_summary_rows_that_were_lost(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        Assert.IsType<DossierIngest.Done>(await IngestAsync(database, Generate(6, 200, 0)));
        var counted = await CountsAsync(database);
        await using (var db = database.CreateContext())
        {
            await db.DossierReceivedCounts.Where(r => r.Month == 202504).ExecuteDeleteAsync();
            await db.DossierOverdueCounts.ExecuteUpdateAsync(s => s.SetProperty(o => o.Count, o => o.Count + 1));
            Assert.NotEqual(counted, await CountsAsync(database));

            var rows = await DossierSummaries.RebuildAsync(db, CancellationToken.None);

            Assert.True(rows > 0);
        }
        Assert.Equal(counted, await CountsAsync(database));
        await AssertSummariesMatchTheDossiersAsync(database);
    }

    /// <summary>Every summary row as text, to compare two moments.</summary>
    private static async Task<string> CountsAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var received = await db.DossierReceivedCounts.AsNoTracking().OrderBy(r => r.UnitId).ThenBy(r => r.Month)
            .Select(r => $"{r.UnitId}/{r.Month}:{r.Received},{r.Online},{r.FullyOnline},{r.WithFee},{r.PaidOnline},{r.PortalSent},{r.Portal},{r.SyncedSent},{r.Synced},{r.InputSent},{r.Input},{r.ReuseSent},{r.Reused}")
            .ToListAsync();
        var closed = await db.DossierClosedCounts.AsNoTracking().OrderBy(c => c.UnitId).ThenBy(c => c.Month)
            .Select(c => $"{c.UnitId}/{c.Month}:{c.OnTime},{c.Late},{c.Digitised}").ToListAsync();
        var overdue = await db.DossierOverdueCounts.AsNoTracking().Where(o => o.Count != 0).OrderBy(o => o.UnitId).ThenBy(o => o.DueMonth).ThenBy(o => o.FinishedMonth)
            .Select(o => $"{o.UnitId}/{o.DueMonth}/{o.FinishedMonth}:{o.Count}").ToListAsync();
        return string.Join(";", received.Concat(closed).Concat(overdue));
    }
}
