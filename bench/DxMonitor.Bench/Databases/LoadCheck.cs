using DxMonitor.Domain.Periods;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Bench.Databases;

/// <summary>Checks that what the loaders wrote is what the product reads, and that the read-back is the data set.</summary>
public static class LoadCheck
{
    /// <summary>Through the product's EF model: as many sample values as generated, and a few read back exactly.</summary>
    public static async Task ThroughEfAsync(
        ProductDatabase database, BenchData data, DatabaseIds ids, IReadOnlyList<Period> quarters, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var count = await db.DataValues.CountAsync(v => v.IsSample, ct);
        if (count != data.RowCount)
        {
            throw new InvalidOperationException($"{database.Provider} holds {count} sample values, not {data.RowCount}.");
        }
        foreach (var row in new[] { 0, data.RowCount / 3, data.RowCount - 1 })
        {
            var (indicatorId, unitId) = (ids.IndicatorIds[data.Values.Indicators[row]], ids.UnitIds[data.Values.Units[row]]);
            var quarter = quarters[data.Values.Periods[row]];
            var stored = await db.DataValues.AsNoTracking()
                .SingleAsync(v => v.IndicatorId == indicatorId && v.UnitId == unitId && v.PeriodCode == quarter.Code, ct);
            if (stored.Value != (decimal)data.Values.Values[row] || stored.PeriodStart != quarter.Start || stored.Period != quarter)
            {
                throw new InvalidOperationException($"{database.Provider} returns {stored.Value} for row {row}, not {data.Values.Values[row]}.");
            }
        }
        Console.WriteLine($"  {database.Provider}: {count:N0} values read back through EF Core, samples exact");
    }

    /// <summary>The read-back holds the same (indicator, unit, period, value) rows, in any order.</summary>
    public static void SameValues(BenchData data, BenchValues read)
    {
        if (read.Count != data.RowCount || Checksum(read) is var sum && Math.Abs(sum - Checksum(data.Values)) > 1e-9 * Math.Abs(sum))
        {
            throw new InvalidOperationException($"PostgreSQL returned {read.Count} values that differ from the {data.RowCount} generated.");
        }
    }

    private static double Checksum(BenchValues values)
    {
        var sum = 0.0;
        for (var row = 0; row < values.Count; row++)
        {
            sum += values.Values[row] * (1 + values.Indicators[row] + 7.0 * values.Units[row] + 131.0 * values.Periods[row]);
        }
        return sum;
    }
}
