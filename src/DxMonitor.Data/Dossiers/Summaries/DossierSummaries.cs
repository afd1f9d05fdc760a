using System.Data.Common;
using System.Globalization;
using DxMonitor.Domain.Dossiers;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Data.Dossiers.Summaries;

/// <summary>
/// The summary rows the figures are read from (dossiers received, resolved and overdue per unit and month): moved
/// by each ingest's <see cref="DossierTally"/> inside the ingest's own transaction, so that they always agree with
/// the stored dossiers and reading every unit's figures never scans the dossiers; rebuilt from the dossiers when
/// an operator asks (<see cref="RebuildAsync"/>) and by the migration that introduced them.
/// </summary>
public static class DossierSummaries
{
    private static readonly string[] ShapeColumnNames =
        ["UnitId", "ReceivedMonth", "Channel", "Scope", "PaidOnline", "Digitised", "Facts", "Outcome", "DueMonth", "FinishedMonth"];

    /// <summary>The columns of <c>dossiers</c> (of table alias <paramref name="alias"/>) that make a <see cref="DossierShape"/>, in the order <see cref="SubtractAsync"/> reads them.</summary>
    internal static string ShapeColumns(string alias) => string.Join(", ", ShapeColumnNames.Select(c => $"{alias}.\"{c}\""));

    /// <summary>Recounts every summary row from the stored dossiers (the same SQL on SQLite and PostgreSQL).</summary>
    public const string RebuildSql =
        """
        DELETE FROM dossier_received_counts;
        DELETE FROM dossier_closed_counts;
        DELETE FROM dossier_overdue_counts;
        INSERT INTO dossier_received_counts ("UnitId", "Month", "Received", "Online", "FullyOnline", "WithFee", "PaidOnline",
            "PortalSent", "Portal", "SyncedSent", "Synced", "InputSent", "Input", "ReuseSent", "Reused")
        SELECT "UnitId", "ReceivedMonth", COUNT(*),
            SUM(CASE WHEN "Channel" = 2 THEN 1 ELSE 0 END), SUM(CASE WHEN "Scope" = 2 THEN 1 ELSE 0 END),
            SUM(CASE WHEN "PaidOnline" IS NOT NULL THEN 1 ELSE 0 END), SUM(CASE WHEN "PaidOnline" THEN 1 ELSE 0 END),
            SUM(CASE WHEN ("Facts" & 1) <> 0 THEN 1 ELSE 0 END), SUM(CASE WHEN ("Facts" & 2) <> 0 THEN 1 ELSE 0 END),
            SUM(CASE WHEN ("Facts" & 4) <> 0 THEN 1 ELSE 0 END), SUM(CASE WHEN ("Facts" & 8) <> 0 THEN 1 ELSE 0 END),
            SUM(CASE WHEN ("Facts" & 16) <> 0 THEN 1 ELSE 0 END), SUM(CASE WHEN ("Facts" & 32) <> 0 THEN 1 ELSE 0 END),
            SUM(CASE WHEN ("Facts" & 64) <> 0 THEN 1 ELSE 0 END), SUM(CASE WHEN ("Facts" & 128) <> 0 THEN 1 ELSE 0 END)
        FROM dossiers GROUP BY "UnitId", "ReceivedMonth";
        INSERT INTO dossier_closed_counts ("UnitId", "Month", "OnTime", "Late", "Digitised")
        SELECT "UnitId", COALESCE("FinishedMonth", 0), SUM(CASE WHEN "Outcome" = 1 THEN 1 ELSE 0 END),
            SUM(CASE WHEN "Outcome" = 2 THEN 1 ELSE 0 END), SUM(CASE WHEN "Digitised" THEN 1 ELSE 0 END)
        FROM dossiers WHERE "Outcome" IN (1, 2) GROUP BY "UnitId", COALESCE("FinishedMonth", 0);
        INSERT INTO dossier_overdue_counts ("UnitId", "DueMonth", "FinishedMonth", "Count")
        SELECT "UnitId", "DueMonth", COALESCE("FinishedMonth", 0), COUNT(*)
        FROM dossiers WHERE "Outcome" IN (0, 2, 3) AND "DueMonth" IS NOT NULL GROUP BY "UnitId", "DueMonth", COALESCE("FinishedMonth", 0);
        """;

    /// <summary>Recounts the summary rows from the dossiers, in one transaction; returns the rows written. Ingests wait meanwhile.</summary>
    public static async Task<int> RebuildAsync(DxDbContext db, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (db is Postgres.PostgresDxDbContext)
        {
            // An ingest committing between the recount's snapshot and its inserts would be counted twice or not at all.
            await db.Database.ExecuteSqlRawAsync(
                "LOCK TABLE dossier_received_counts, dossier_closed_counts, dossier_overdue_counts IN EXCLUSIVE MODE", ct);
        }
        await db.Database.ExecuteSqlRawAsync(RebuildSql, ct);
        var rows = await db.DossierReceivedCounts.CountAsync(ct) + await db.DossierClosedCounts.CountAsync(ct) + await db.DossierOverdueCounts.CountAsync(ct);
        await transaction.CommitAsync(ct);
        return rows;
    }

    /// <summary>
    /// Takes the dossiers a query returns, grouped by shape (<see cref="ShapeColumns"/>, then a count), out of the tally:
    /// the stored dossiers an ingest replaces.
    /// </summary>
    internal static async Task SubtractAsync(DbCommand grouped, DossierTally tally, CancellationToken ct)
    {
        await using var reader = await grouped.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var shape = new DossierShape(
                reader.GetInt32(0), reader.GetInt32(1), (DossierChannel)reader.GetInt32(2),
                reader.IsDBNull(3) ? null : (OnlineScope)reader.GetInt32(3),
                reader.IsDBNull(4) ? null : reader.GetBoolean(4), reader.GetBoolean(5),
                (DossierFacts)reader.GetInt32(6), (DossierOutcome)reader.GetInt32(7),
                reader.IsDBNull(8) ? null : reader.GetInt32(8), reader.IsDBNull(9) ? null : reader.GetInt32(9));
            tally.Add(shape, -checked((int)reader.GetInt64(10)));
        }
    }

    /// <summary>Moves the summary rows by the tally, keys in order (two ingests lock shared rows in the same order).</summary>
    internal static async Task WriteAsync(DbConnection connection, DbTransaction transaction, DossierTally tally, CancellationToken ct)
    {
        await UpsertAsync(connection, transaction, "dossier_received_counts", ["UnitId", "Month"],
            ["Received", "Online", "FullyOnline", "WithFee", "PaidOnline", "PortalSent", "Portal", "SyncedSent", "Synced", "InputSent", "Input", "ReuseSent", "Reused"],
            tally.Received.OrderBy(r => r.UnitId).ThenBy(r => r.Month).Select(r => new[]
            {
                r.UnitId, r.Month, r.Received, r.Online, r.FullyOnline, r.WithFee, r.PaidOnline, r.Lifecycle.PortalSent, r.Lifecycle.Portal,
                r.Lifecycle.SyncedSent, r.Lifecycle.Synced, r.Lifecycle.InputSent, r.Lifecycle.Input, r.Lifecycle.ReuseSent, r.Lifecycle.Reused,
            }), ct);
        await UpsertAsync(connection, transaction, "dossier_closed_counts", ["UnitId", "Month"], ["OnTime", "Late", "Digitised"],
            tally.Closed.OrderBy(c => c.UnitId).ThenBy(c => c.Month).Select(c => new[] { c.UnitId, c.Month, c.OnTime, c.Late, c.Digitised }), ct);
        await UpsertAsync(connection, transaction, "dossier_overdue_counts", ["UnitId", "DueMonth", "FinishedMonth"], ["Count"],
            tally.Overdue.OrderBy(o => o.UnitId).ThenBy(o => o.DueMonth).ThenBy(o => o.FinishedMonth)
                .Select(o => new[] { o.UnitId, o.DueMonth, o.FinishedMonth, o.Count }), ct);
    }

    /// <summary>
    /// PostgreSQL: one statement whose rows come from arrays (<c>unnest</c>), one array a column. SQLite: one prepared
    /// single-row statement run for each row, cheapest there (binding thousands of named parameters is not).
    /// </summary>
    private static async Task UpsertAsync(
        DbConnection connection, DbTransaction transaction, string table, string[] keys, string[] counts, IEnumerable<int[]> rows, CancellationToken ct)
    {
        var names = keys.Concat(counts).ToArray();
        var columns = string.Join(", ", names.Select(c => $"\"{c}\""));
        var updates = string.Join(", ", counts.Select(c => $"\"{c}\" = {table}.\"{c}\" + excluded.\"{c}\""));
        var conflict = $"ON CONFLICT ({string.Join(", ", keys.Select(k => $"\"{k}\""))}) DO UPDATE SET {updates}";
        var all = rows.ToList();
        if (all.Count == 0)
        {
            return;
        }
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        if (connection is Npgsql.NpgsqlConnection)
        {
            var arrays = string.Join(", ", names.Select((_, i) => string.Create(CultureInfo.InvariantCulture, $"@c{i}::integer[]")));
            command.CommandText = $"INSERT INTO {table} ({columns}) SELECT * FROM unnest({arrays}) {conflict}";
            for (var i = 0; i < names.Length; i++)
            {
                var column = i;
                command.Parameters.Add(new Npgsql.NpgsqlParameter<int[]>(string.Create(CultureInfo.InvariantCulture, $"c{i}"), [.. all.Select(r => r[column])]));
            }
            await command.ExecuteNonQueryAsync(ct);
            return;
        }
        command.CommandText = $"INSERT INTO {table} ({columns}) VALUES ({string.Join(", ", names.Select((_, i) => string.Create(CultureInfo.InvariantCulture, $"@c{i}")))}) {conflict}";
        var parameters = names.Select((_, i) =>
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = string.Create(CultureInfo.InvariantCulture, $"@c{i}");
            parameter.Value = 0;
            command.Parameters.Add(parameter);
            return parameter;
        }).ToArray();
        await command.PrepareAsync(ct);
        foreach (var row in all)
        {
            for (var i = 0; i < row.Length; i++)
            {
                parameters[i].Value = row[i];
            }
            await command.ExecuteNonQueryAsync(ct);
        }
    }
}
