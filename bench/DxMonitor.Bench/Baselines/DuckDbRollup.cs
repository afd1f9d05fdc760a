using DuckDB.NET.Data;

namespace DxMonitor.Bench.Baselines;

/// <summary>
/// The same roll-up in an in-memory DuckDB database: the values are appended into a typed table with
/// DuckDB's Appender (timed on its own by the caller), then the GROUP BY runs as often as asked.
/// </summary>
public sealed class DuckDbRollup : IDisposable
{
    private const string Query =
        """
        WITH weights AS (
            SELECT indicator, unit, period, value FROM v
            WHERE indicator IN (SELECT weight FROM indicators WHERE weight >= 0))
        SELECT u.parent, v.indicator, v.period,
               CASE i.rule
                   WHEN 0 THEN sum(v.value)
                   WHEN 2 THEN sum(v.value * w.value) / nullif(sum(w.value), 0)
                   WHEN 3 THEN count(*) FILTER (WHERE v.value >= i.threshold)
               END
        FROM v
        JOIN units u ON u.unit = v.unit
        JOIN indicators i ON i.indicator = v.indicator
        LEFT JOIN weights w ON w.indicator = i.weight AND w.unit = v.unit AND w.period = v.period
        WHERE u.level = 4
        GROUP BY u.parent, v.indicator, v.period, i.rule
        """;

    private readonly DuckDBConnection _connection = new("Data Source=:memory:");

    public DuckDbRollup()
    {
        _connection.Open();
        Execute("""
            CREATE TABLE v (indicator INTEGER, unit INTEGER, period INTEGER, value DOUBLE);
            CREATE TABLE units (unit INTEGER, parent INTEGER, level INTEGER);
            CREATE TABLE indicators (indicator INTEGER, rule INTEGER, weight INTEGER, threshold DOUBLE);
            """);
    }

    public string Version => _connection.ServerVersion;

    /// <summary>Appends the units and indicators (small) and every value row.</summary>
    public void Load(BenchData data)
    {
        using (var units = _connection.CreateAppender("units"))
        {
            for (var u = 0; u < data.Units.Count; u++)
            {
                units.CreateRow().AppendValue(u).AppendValue(data.Units.Parents[u]).AppendValue((int)data.Units.Levels[u]).EndRow();
            }
        }
        using (var indicators = _connection.CreateAppender("indicators"))
        {
            for (var i = 0; i < data.Indicators.Count; i++)
            {
                indicators.CreateRow().AppendValue(i).AppendValue((int)data.Indicators.Rules[i])
                    .AppendValue(data.Indicators.Weights[i]).AppendValue(data.Indicators.Thresholds[i]).EndRow();
            }
        }
        using var values = _connection.CreateAppender("v");
        var indicatorColumn = data.Values.Indicators;
        var unitColumn = data.Values.Units;
        var periodColumn = data.Values.Periods;
        var valueColumn = data.Values.Values;
        for (var row = 0; row < valueColumn.Length; row++)
        {
            values.CreateRow().AppendValue(indicatorColumn[row]).AppendValue(unitColumn[row])
                .AppendValue(periodColumn[row]).AppendValue(valueColumn[row]).EndRow();
        }
    }

    public RollupCells Run()
    {
        var cells = new RollupCells();
        using var command = _connection.CreateCommand();
        command.CommandText = Query;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            cells.Set(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.IsDBNull(3) ? double.NaN : reader.GetDouble(3));
        }
        return cells;
    }

    public void Dispose() => _connection.Dispose();

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
