using System.Globalization;
using DxMonitor.Data;
using DxMonitor.Domain.Alerts;
using DxMonitor.Domain.Dossiers;
using DxMonitor.Web.Alerts;
using DxMonitor.Web.Leases;
using DxMonitor.Web.Monitoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DxMonitor.Web.Dossiers;

/// <summary>
/// Warns before dossiers fall due: every <see cref="DossiersOptions.DueSoonCheckMinutes"/> it raises one
/// <see cref="AlertRule.DossierDueSoon"/> alert per unit with open dossiers due within
/// <see cref="DossiersOptions.DueSoonDays"/> days, through the same alert lifecycle and notifications as the
/// engine's alerts; a unit's alert resolves once none of its dossiers is due soon. One instance checks at a time.
/// </summary>
public sealed class DueSoonWatcher(
    IServiceScopeFactory scopes, IOptions<DossiersOptions> options, IOptions<MonitoringOptions> monitoring,
    AlertStore store, Leases.Leases leases, TimeProvider clock, ILogger<DueSoonWatcher> logger)
    : AlertWatcher(scopes, monitoring, store, leases, clock, logger)
{
    private const int ListedDossiers = 10;

    protected override TimeSpan Interval => TimeSpan.FromMinutes(options.Value.DueSoonCheckMinutes);

    protected override string LeaseName => LeaseNames.DossiersDueSoon;

    protected override string CheckName => "due-soon check of dossiers";

    protected override Task<IReadOnlyList<AlertTransition>> CheckAsync(IServiceProvider services, DxDbContext db, AlertWrite write, CancellationToken ct) =>
        CheckAsync(db, Clock, options.Value, write, ct);

    /// <summary>One check: the candidates for every unit with dossiers due soon, applied to the stored alerts.</summary>
    public static async Task<IReadOnlyList<AlertTransition>> CheckAsync(
        DxDbContext db, TimeProvider clock, DossiersOptions options, AlertWrite write, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now.AddDays(options.DueSoonDays);
        var due = await db.Dossiers.AsNoTracking()
            .Where(d => d.Outcome == DossierOutcome.Open && d.DueAt != null && d.DueAt >= now && d.DueAt < until)
            .Select(d => new { d.UnitId, d.Number, d.DueAt })
            .ToListAsync(ct);
        var candidates = due.GroupBy(d => d.UnitId).Select(g =>
        {
            var first = g.OrderBy(d => d.DueAt).ToList();
            var listed = string.Join(", ", first.Take(ListedDossiers).Select(d => $"{d.Number} ({Local(d.DueAt ?? now)})"));
            return new AlertCandidate($"dossier-due-soon:{g.Key}", AlertRule.DossierDueSoon, AlertSeverity.Warning, g.Key, null, null,
                string.Create(CultureInfo.InvariantCulture, $"{g.Count()} hồ sơ sắp đến hạn trả kết quả trong {options.DueSoonDays} ngày tới."),
                string.Create(CultureInfo.InvariantCulture, $"{g.Count()} open dossiers fall due within {options.DueSoonDays} days."),
                $"Hồ sơ: {listed}{(g.Count() > ListedDossiers ? ", …" : "")}");
        }).ToList();
        return await write.Store.ApplyAsync(db, candidates, now, write.Policy, ct, AlertRule.DossierDueSoon, write.Lease);
    }

    private static string Local(DateTime utc) =>
        (DossierQueries.Utc(utc) + IsoTime.VietnamOffset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
