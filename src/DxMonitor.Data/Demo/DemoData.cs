using DxMonitor.Domain.Dossiers;
using DxMonitor.Domain.Indicators;
using DxMonitor.Domain.Periods;
using DxMonitor.Domain.Units;
using DxMonitor.Domain.Values;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Data.Demo;

/// <summary>
/// Fills a demo database with generated figures, marked as samples (<see cref="DataValue.IsSample"/>, written via
/// <see cref="Via"/>) and published: the last eight quarters (two years for yearly indicators) of every reported
/// indicator for every unit that reports it, and six months of dossiers for every province (a batch of channel
/// <see cref="Via"/>, which marks the database as a demo one). Runs once; refuses a database that holds data people
/// entered, so sample figures never mix with real ones.
/// </summary>
public static class DemoData
{
    public const string Via = "demo";
    private const int Quarters = 8;
    private const int DossiersPerProvinceMonth = 40;

    public sealed record Seeded(int Values, long Dossiers);

    public static async Task<Seeded> SeedAsync(DxDbContext db, TimeProvider clock, CancellationToken ct = default)
    {
        if (await db.DataValues.AnyAsync(v => v.IsSample && v.Via == Via, ct))
        {
            return new(0, 0);
        }
        if (await db.DataValues.AnyAsync(v => !v.IsSample && v.Via != null, ct) || await db.Dossiers.AnyAsync(ct))
        {
            throw new InvalidOperationException("This database holds figures people entered: demo data needs a database of its own (start with --demo).");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var today = VietnamCalendar.DateOf(now);
        var units = await db.Units.AsNoTracking().ToListAsync(ct);
        var indicators = await db.Indicators.AsNoTracking().Where(i => i.Formula == null && i.Owner == FigureOwner.Reported && i.RetiredOn == null).ToListAsync(ct);
        var values = new List<DataValue>();
        foreach (var indicator in indicators)
        {
            var periods = Periods(indicator.PeriodType, today);
            foreach (var unit in units.Where(u => indicator.ReportingLevels.HasFlag((UnitLevels)(1 << (int)u.Level))))
            {
                var valid = periods.Where(p => unit.IsValidOn(p.End)).ToList();
                foreach (var (period, value) in DemoValues.Series(indicator, unit, valid))
                {
                    if (indicator.Check(value, null, period, unit.Level).Count > 0)
                    {
                        continue;
                    }
                    var record = DataValue.Record(indicator.Id, unit.Id, period, new ValueRevision(value, null, null, null, "demo", Via), now, sample: true);
                    record.Publish(now);
                    values.Add(record);
                }
            }
        }
        db.DataValues.AddRange(values);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        var dossiers = await DemoDossiers.SeedAsync(db, units.Where(u => u.Level == UnitLevel.Province && u.IsValidOn(today)).ToList(), now, DossiersPerProvinceMonth, ct);
        return new(values.Count, dossiers);
    }

    private static List<Period> Periods(PeriodType type, DateOnly today)
    {
        var last = Period.Containing(today, type).Previous();
        var count = type switch { PeriodType.Year => 2, PeriodType.Month => Quarters * 3, _ => Quarters };
        var periods = new List<Period> { last };
        while (periods.Count < count)
        {
            periods.Insert(0, periods[0].Previous());
        }
        return periods;
    }
}
