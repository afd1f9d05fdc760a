using DxMonitor.Bench.Databases;
using Npgsql;

namespace DxMonitor.Bench.Baselines;

/// <summary>
/// The roll-up of every commune value to its province, per (province, indicator, quarter), as one hand-written
/// GROUP BY over the product's tables, applying each indicator's rule (see <see cref="BenchData"/>). Every
/// generated CountMeeting indicator counts values ≥ 1, so the condition is written as a constant.
/// </summary>
public static class PostgresRollup
{
    private const string Query =
        """
        WITH weights AS (
            SELECT w."IndicatorId", w."UnitId", w."PeriodCode", w."Value"
            FROM data_values w
            WHERE w."IndicatorId" IN (SELECT "WeightIndicatorId" FROM indicators WHERE "WeightIndicatorId" IS NOT NULL))
        SELECT u."ParentId", v."IndicatorId", v."PeriodStart",
               (CASE i."Aggregation"
                    WHEN 0 THEN sum(v."Value")
                    WHEN 2 THEN sum(v."Value" * w."Value") / nullif(sum(w."Value"), 0)
                    WHEN 3 THEN count(*) FILTER (WHERE v."Value" >= 1)
                END)::float8
        FROM data_values v
        JOIN units u ON u."Id" = v."UnitId"
        JOIN indicators i ON i."Id" = v."IndicatorId"
        LEFT JOIN weights w ON w."IndicatorId" = i."WeightIndicatorId" AND w."UnitId" = v."UnitId" AND w."PeriodCode" = v."PeriodCode"
        WHERE u."Level" = 4
        GROUP BY u."ParentId", v."IndicatorId", v."PeriodStart", i."Aggregation"
        """;

    public static RollupCells Run(string connectionString, DatabaseIds ids, int firstYear)
    {
        var (unitIndex, indicatorIndex) = (ids.UnitIndexById(), ids.IndicatorIndexById());
        var cells = new RollupCells();
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(Query, connection) { CommandTimeout = 0 };
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var start = reader.GetFieldValue<DateOnly>(2);
            var period = (start.Year - firstYear) * 4 + (start.Month - 1) / 3;
            var value = reader.IsDBNull(3) ? double.NaN : reader.GetDouble(3);
            cells.Set(unitIndex[reader.GetInt32(0)], indicatorIndex[reader.GetInt32(1)], period, value);
        }
        return cells;
    }

    public static async Task<string> ServerVersionAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return connection.PostgreSqlVersion.ToString();
    }
}
