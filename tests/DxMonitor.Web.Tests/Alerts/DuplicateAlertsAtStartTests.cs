using DxMonitor.Data;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Domain.Alerts;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DxMonitor.Web.Tests.Alerts;

/// <summary>
/// A database where two instances once opened the same alert twice (before one open alert per fingerprint was
/// enforced): the product still starts, keeps the first, closes the other, and from then on refuses a second one.
/// </summary>
public sealed class DuplicateAlertsAtStartTests
{
    private const string Fingerprint = "dossier-due-soon:duplicated";

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Duplicate_open_alerts_left_in_the_database_do_not_stop_the_start_and_all_but_the_first_are_closed(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var opened = new DateTime(2026, 11, 30, 1, 0, 0, DateTimeKind.Utc);
        await using (var db = database.CreateContext())
        {
            var migrations = db.Database.GetMigrations().ToList();
            var constraint = migrations.FindIndex(m => m.EndsWith("_BackgroundWorkOnce", StringComparison.Ordinal));
            await db.GetService<IMigrator>().MigrateAsync(migrations[constraint - 1]);
            var unit = await db.Units.Where(u => u.Code == "P40").Select(u => u.Id).SingleAsync();
            // Written as SQL: the entity has columns (silences, notes) that later migrations add.
            foreach (var at in new[] { opened, opened.AddMinutes(5), opened.AddMinutes(9) })
            {
                await db.Database.ExecuteSqlAsync($"""
                    INSERT INTO alerts ("Fingerprint", "Rule", "Severity", "UnitId", "SummaryVi", "SummaryEn", "Evidence", "State", "OpenedAt", "LastSeenAt", "FiringSince", "ClearCount", "EscalationLevel")
                    VALUES ({Fingerprint}, {(int)AlertRule.DossierDueSoon}, {(int)AlertSeverity.Warning}, {unit}, 'Hồ sơ sắp đến hạn', 'Dossiers due soon', 'Hồ sơ: S1', {(int)AlertState.Firing}, {at}, {at}, {at}, 0, 0)
                    """);
            }
        }

        await using var product = await ProductProcess.StartAsync(database);
        using var client = product.Client();

        Assert.True((await client.GetAsync("/api/v1/alerts?unit=P40")).IsSuccessStatusCode);
        await using (var db = database.CreateContext())
        {
            var rows = await db.Alerts.AsNoTracking().Where(a => a.Fingerprint == Fingerprint).OrderBy(a => a.Id).ToListAsync();
            Assert.Equal([AlertState.Firing, AlertState.Resolved, AlertState.Resolved], rows.Select(a => a.State));
            Assert.All(rows.Skip(1), a => Assert.Equal(a.LastSeenAt, a.ResolvedAt));
            db.Alerts.Add(Open(rows[0].UnitId, opened.AddHours(1)));
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }
    }

    private static Alert Open(int unitId, DateTime at) => new()
    {
        Fingerprint = Fingerprint,
        Rule = AlertRule.DossierDueSoon,
        Severity = AlertSeverity.Warning,
        UnitId = unitId,
        SummaryVi = "Hồ sơ sắp đến hạn",
        SummaryEn = "Dossiers due soon",
        Evidence = "Hồ sơ: S1",
        State = AlertState.Firing,
        OpenedAt = at,
        LastSeenAt = at,
        FiringSince = at,
    };
}
