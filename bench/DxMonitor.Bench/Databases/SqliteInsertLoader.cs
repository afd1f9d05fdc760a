using DxMonitor.Domain.Periods;
using Microsoft.Data.Sqlite;

namespace DxMonitor.Bench.Databases;

/// <summary>
/// Loads the values into SQLite's data_values in one transaction with one prepared, parameterised INSERT
/// re-used for every row. Parameters carry the .NET types EF Core binds (decimal, DateOnly, DateTime), so the
/// stored text is what EF writes and reads.
/// </summary>
public static class SqliteInsertLoader
{
    private const string Insert =
        """
        INSERT INTO data_values (IndicatorId, UnitId, PeriodCode, PeriodType, PeriodStart, Value,
                                 IsSample, CreatedAt, UpdatedAt, Version)
        VALUES ($indicator, $unit, $code, $type, $start, $value, 1, $now, $now, 1)
        """;

    public static long Load(string connectionString, BenchData data, DatabaseIds ids, IReadOnlyList<Period> quarters, DateTime now)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = Insert;
        var indicator = command.Parameters.Add("$indicator", SqliteType.Integer);
        var unit = command.Parameters.Add("$unit", SqliteType.Integer);
        var code = command.Parameters.Add("$code", SqliteType.Text);
        var type = command.Parameters.Add("$type", SqliteType.Integer);
        var start = command.Parameters.Add("$start", SqliteType.Text);
        var value = command.Parameters.Add("$value", SqliteType.Text);
        command.Parameters.AddWithValue("$now", now);
        command.Prepare();

        var unitIds = ids.UnitIds;

        var indicatorIds = ids.IndicatorIds;
        var units = data.Values.Units;
        var indicators = data.Values.Indicators;
        var periods = data.Values.Periods;
        var values = data.Values.Values;
        long inserted = 0;
        for (var row = 0; row < values.Length; row++)
        {
            var quarter = quarters[periods[row]];
            indicator.Value = indicatorIds[indicators[row]];
            unit.Value = unitIds[units[row]];
            code.Value = quarter.Code;
            type.Value = (int)quarter.Type;
            start.Value = quarter.Start;
            value.Value = (decimal)values[row];
            inserted += command.ExecuteNonQuery();
        }
        transaction.Commit();
        return inserted;
    }
}
