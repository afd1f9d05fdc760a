using System.Diagnostics;
using System.Globalization;
using DxMonitor.Bench.Results;
using Npgsql;

namespace DxMonitor.Bench.Dossiers;

/// <summary>
/// One step of the scale-out path (docs/dossiers.md): the same dossiers in a table partitioned by month of receipt,
/// beside the plain table, on PostgreSQL: the copy into monthly partitions, one month's counts for every unit
/// (partition pruning), the summary recount over the whole table, and dropping the oldest month (retention).
/// </summary>
public static class PartitionStep
{
    public static async Task RunAsync(string connectionString, Action<string, string, string, string> add, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        var months = new List<int>();
        await using (var query = new NpgsqlCommand("SELECT DISTINCT \"Month\" FROM dossier_received_counts WHERE \"Received\" > 0 ORDER BY 1", connection))
        await using (var reader = await query.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                months.Add(reader.GetInt32(0));
            }
        }
        var partitions = string.Join("\n", months.Select(m => string.Create(CultureInfo.InvariantCulture,
            $"CREATE TABLE dossiers_m{m} PARTITION OF dossiers_by_month FOR VALUES FROM ({m}) TO ({m + 1});")));
        var copy = await TimeAsync(connection,
            "CREATE TABLE dossiers_by_month (LIKE dossiers INCLUDING DEFAULTS) PARTITION BY RANGE (\"ReceivedMonth\");\n" + partitions
            + "\nINSERT INTO dossiers_by_month SELECT * FROM dossiers;"
            + "\nALTER TABLE dossiers_by_month ADD PRIMARY KEY (\"UnitId\", \"ReceivedMonth\", \"Number\");"
            + "\nCREATE INDEX ON dossiers_by_month (\"Outcome\", \"UnitId\");"
            + "\nANALYZE dossiers_by_month;", ct);
        add($"copy into {months.Count} monthly partitions, key and index built", ResultTable.Seconds(copy), "s", "PostgreSQL, partitioned by month of receipt");

        var month = months[months.Count / 2];
        string OneMonth(string table) => string.Create(CultureInfo.InvariantCulture,
            $"SELECT \"UnitId\", count(*), count(*) FILTER (WHERE \"Channel\" = 2) FROM {table} WHERE \"ReceivedMonth\" = {month} GROUP BY \"UnitId\"");
        var plainMonth = await BestOfAsync(connection, OneMonth("dossiers"), ct);
        var partitionedMonth = await BestOfAsync(connection, OneMonth("dossiers_by_month"), ct);
        add($"one month's received counts for every unit, plain table → partitioned", $"{ResultTable.Seconds(plainMonth)} → {ResultTable.Seconds(partitionedMonth)}", "s",
            "best of 3; the partitioned query reads one partition");

        string Recount(string table) =>
            $"SELECT \"UnitId\", \"ReceivedMonth\", count(*), sum(CASE WHEN \"Channel\" = 2 THEN 1 ELSE 0 END) FROM {table} GROUP BY \"UnitId\", \"ReceivedMonth\"";
        var plainAll = await BestOfAsync(connection, Recount("dossiers"), ct);
        var partitionedAll = await BestOfAsync(connection, Recount("dossiers_by_month"), ct);
        add("received counts of every unit and month (what a recount scans), plain → partitioned", $"{ResultTable.Seconds(plainAll)} → {ResultTable.Seconds(partitionedAll)}", "s", "best of 3");

        var oldest = months[0];
        var delete = await TimeAsync(connection, string.Create(CultureInfo.InvariantCulture, $"BEGIN; DELETE FROM dossiers WHERE \"ReceivedMonth\" = {oldest}; ROLLBACK;"), ct);
        var detach = await TimeAsync(connection, string.Create(CultureInfo.InvariantCulture, $"ALTER TABLE dossiers_by_month DETACH PARTITION dossiers_m{oldest}; DROP TABLE dossiers_m{oldest};"), ct);
        add($"dropping the oldest month ({oldest}): DELETE on the plain table → DETACH and DROP of its partition", $"{ResultTable.Seconds(delete)} → {ResultTable.Seconds(detach)}", "s", "retention");
        await TimeAsync(connection, "DROP TABLE dossiers_by_month", ct);
    }

    private static async Task<TimeSpan> TimeAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(ct);
        return clock.Elapsed;
    }

    private static async Task<TimeSpan> BestOfAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        var best = TimeSpan.MaxValue;
        for (var run = 0; run < 3; run++)
        {
            var time = await TimeAsync(connection, sql, ct);
            best = time < best ? time : best;
        }
        return best;
    }
}
