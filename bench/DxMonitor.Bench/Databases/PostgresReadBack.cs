using Npgsql;

namespace DxMonitor.Bench.Databases;

/// <summary>
/// Reads every sample value out of PostgreSQL into typed columns with dense indices, as the engine will when
/// it starts: one binary COPY of (indicator id, unit id, period start, value as float8), ids mapped to indices.
/// </summary>
public static class PostgresReadBack
{
    private const string Copy =
        """
        COPY (SELECT "IndicatorId", "UnitId", "PeriodStart", "Value"::float8 FROM data_values WHERE "IsSample")
        TO STDOUT (FORMAT BINARY)
        """;

    public static BenchValues Read(string connectionString, DatabaseIds ids, int firstYear)
    {
        var (unitIndex, indicatorIndex) = (ids.UnitIndexById(), ids.IndicatorIndexById());
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var count = new NpgsqlCommand("SELECT count(*) FROM data_values WHERE \"IsSample\"", connection);
        var rows = (int)(long)(count.ExecuteScalar() ?? 0L);
        var (indicators, units, periods, values) = (new int[rows], new int[rows], new int[rows], new double[rows]);
        using var reader = connection.BeginBinaryExport(Copy);
        var row = 0;
        while (reader.StartRow() != -1)
        {
            indicators[row] = indicatorIndex[reader.Read<int>()];
            units[row] = unitIndex[reader.Read<int>()];
            var start = reader.Read<DateOnly>();
            periods[row] = (start.Year - firstYear) * 4 + (start.Month - 1) / 3;
            values[row] = reader.Read<double>();
            row++;
        }
        if (row != rows)
        {
            throw new InvalidOperationException($"Counted {rows} values but read {row}.");
        }
        return new BenchValues(indicators, units, periods, values);
    }
}
