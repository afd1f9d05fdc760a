using DxMonitor.Domain.Periods;
using Npgsql;
using NpgsqlTypes;

namespace DxMonitor.Bench.Databases;

/// <summary>
/// Loads the values into PostgreSQL's data_values with one binary COPY, writing the columns the EF model
/// requires (the nullable ones stay null, Id comes from its identity). Values are stored as the domain's
/// decimal (numeric(20,6)), marked as sample data.
/// </summary>
public static class PostgresCopyLoader
{
    private const string Copy =
        """
        COPY data_values ("IndicatorId", "UnitId", "PeriodCode", "PeriodType", "PeriodStart", "Value",
                          "IsSample", "CreatedAt", "UpdatedAt", "Version")
        FROM STDIN (FORMAT BINARY)
        """;

    public static ulong Load(string connectionString, BenchData data, DatabaseIds ids, IReadOnlyList<Period> quarters, DateTime now)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var writer = connection.BeginBinaryImport(Copy);
        var unitIds = ids.UnitIds;
        var indicatorIds = ids.IndicatorIds;
        var units = data.Values.Units;
        var indicators = data.Values.Indicators;
        var periods = data.Values.Periods;
        var values = data.Values.Values;
        for (var row = 0; row < values.Length; row++)
        {
            var quarter = quarters[periods[row]];
            writer.StartRow();
            writer.Write(indicatorIds[indicators[row]], NpgsqlDbType.Integer);
            writer.Write(unitIds[units[row]], NpgsqlDbType.Integer);
            writer.Write(quarter.Code, NpgsqlDbType.Varchar);
            writer.Write((int)quarter.Type, NpgsqlDbType.Integer);
            writer.Write(quarter.Start, NpgsqlDbType.Date);
            writer.Write((decimal)values[row], NpgsqlDbType.Numeric);
            writer.Write(true, NpgsqlDbType.Boolean);
            writer.Write(now, NpgsqlDbType.TimestampTz);
            writer.Write(now, NpgsqlDbType.TimestampTz);
            writer.Write(1, NpgsqlDbType.Integer);
        }
        return writer.Complete();
    }
}
