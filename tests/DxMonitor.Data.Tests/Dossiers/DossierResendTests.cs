using DxMonitor.Data.Dossiers;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Domain.Dossiers;
using DxMonitor.Domain.Tests.Dossiers;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Data.Tests.Dossiers;

/// <summary>
/// Uploads to a unit that already has dossiers, in chunks of two rows: on PostgreSQL, numbers above the unit's highest
/// stored one are appended without a lookup, the others looked up, and both kinds must still replace and be caught
/// when repeated.
/// </summary>
public sealed class DossierResendTests
{
    private static readonly DossierFields Open = SampleDossiers.Fields[3];

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_new_number_above_the_units_highest_given_twice_in_other_chunks_stores_nothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        Assert.IsType<DossierIngest.Done>(await IngestAsync(database, [Open with { DossierId = "K1" }, Open with { DossierId = "K5" }]));

        var outcome = await IngestAsync(database,
            [Open with { DossierId = "K7" }, Open with { DossierId = "K1" }, Open with { DossierId = "K9" }, Open with { DossierId = "K3" },
             Open with { DossierId = "K7" }]);

        var problem = Assert.Single(Assert.IsType<DossierIngest.Invalid>(outcome).Problems);
        Assert.Equal((6L, "dossier_id"), (problem.Row, problem.Column));
        Assert.Contains("already given in row 2", problem.Message, StringComparison.Ordinal);
        Assert.Equal(["K1", "K5"], await NumbersAsync(database));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Numbers_above_and_below_the_units_highest_are_added_or_replace_and_the_summary_follows(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        Assert.IsType<DossierIngest.Done>(await IngestAsync(database, [Open with { DossierId = "K1" }, Open with { DossierId = "K5" }]));

        Assert.IsType<DossierIngest.Done>(await IngestAsync(database,
            [Open with { DossierId = "K9" }, Open with { DossierId = "K5", Status = "finished", FinishedAt = "2025-06-01 08:00" },
             Open with { DossierId = "K3" }, Open with { DossierId = "K6" }]));

        Assert.Equal(["K1", "K3", "K5", "K6", "K9"], await NumbersAsync(database));
        await using var db = database.CreateContext();
        Assert.Equal(DossierOutcome.Late, (await db.Dossiers.SingleAsync(d => d.Number == "K5")).Outcome);
        Assert.Equal(5, await db.DossierReceivedCounts.SumAsync(r => r.Received));
        Assert.Equal(1, await db.DossierClosedCounts.SumAsync(c => c.Late));
    }

    /// <summary>
    /// PostgreSQL's "C" order puts U+1F600 (a surrogate pair in .NET) above U+FF21, .NET's ordinal order below it: the
    /// resent "XＡ" is below the unit's highest number and must be looked up and replaced, not appended as new.
    /// </summary>
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_resent_number_is_replaced_whatever_characters_the_highest_number_has(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        Assert.IsType<DossierIngest.Done>(await IngestAsync(database, [Open with { DossierId = "X\uFF21" }, Open with { DossierId = "X\U0001F600" }]));

        Assert.IsType<DossierIngest.Done>(await IngestAsync(database, [Open with { DossierId = "X\uFF21", Status = "finished", FinishedAt = "2025-06-01 08:00" }]));

        await using var db = database.CreateContext();
        Assert.Equal(2, await db.Dossiers.CountAsync());
        Assert.Equal(DossierOutcome.Late, (await db.Dossiers.SingleAsync(d => d.Number == "X\uFF21")).Outcome);
    }

    /// <summary>
    /// The keys an upload wrote without a lookup are kept exactly up to a hundred thousand, then in a Bloom filter: a
    /// repeat of the first key after more than that many must still be caught.
    /// </summary>
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_number_given_again_after_more_than_a_hundred_thousand_new_ones_stores_nothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var fields = Enumerable.Range(0, 100_050).Select(i => Open with { DossierId = $"N{i:D6}" }).Append(Open with { DossierId = "N000000" }).ToList();

        var outcome = await IngestAsync(database, fields, chunkRows: 10_000);

        var problem = Assert.Single(Assert.IsType<DossierIngest.Invalid>(outcome).Problems);
        Assert.Equal((100_052L, "dossier_id"), (problem.Row, problem.Column));
        Assert.Contains("already given in row 2", problem.Message, StringComparison.Ordinal);
        Assert.Empty(await NumbersAsync(database));
    }

    private static async Task<DossierIngest.Outcome> IngestAsync(TestDatabase database, IReadOnlyList<DossierFields> fields, int chunkRows = 2)
    {
        Dictionary<string, int> ids;
        await using (var db = database.CreateContext())
        {
            ids = await db.Units.ToDictionaryAsync(u => u.Code, u => u.Id);
        }
        await using var store = await DossierStore.BeginAsync(database.Options, chunkRows, CancellationToken.None);
        return await DossierIngest.RunAsync(RowsAsync(fields), code => ids.TryGetValue(code, out var id) ? new DossierIngest.UnitAccess(id, true) : null,
            store, new("tester", "csv", SampleDossiers.Now, 100), CancellationToken.None);
    }

    private static async IAsyncEnumerable<DossierIngest.Row> RowsAsync(IReadOnlyList<DossierFields> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            yield return new DossierIngest.Row(i + 2, fields[i]);
        }
        await Task.CompletedTask;
    }

    private static async Task<List<string>> NumbersAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        return [.. (await db.Dossiers.Select(d => d.Number).ToListAsync()).Order(StringComparer.Ordinal)];
    }
}
