using System.Data;
using System.Data.Common;
using System.Text;
using DxMonitor.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace DxMonitor.Data.Seed;

/// <summary>
/// Inserts thousands of units in a few multi-row INSERT statements inside the caller's transaction, bypassing the
/// change tracker: the communes are seeded into every new database, test databases included, and EF's per-row
/// inserts made that three times slower (docs/decisions/027). Works the same on SQLite and PostgreSQL.
/// </summary>
internal static class BulkUnitInsert
{
    private const int RowsPerStatement = 100; // 900 parameters a statement: larger statements bind more slowly on SQLite

    public static async Task InsertAsync(DxDbContext db, IReadOnlyList<OrgUnit> units, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Bulk unit inserts run inside the seeding transaction.");
        foreach (var chunk in units.Chunk(RowsPerStatement))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var sql = new StringBuilder("""INSERT INTO units ("Code", "AdminCode", "Level", "NameVi", "NameEn", "ParentId", "ValidFrom", "ValidTo", "Note") VALUES """);
            for (var i = 0; i < chunk.Length; i++)
            {
                var u = chunk[i];
                sql.Append(i == 0 ? "" : ", ").Append('(');
                (object? Value, DbType Type)[] values =
                [
                    (u.Code, DbType.String), (u.AdminCode, DbType.String), ((int)u.Level, DbType.Int32), (u.NameVi, DbType.String),
                    (u.NameEn, DbType.String), (u.ParentId, DbType.Int32), (u.ValidFrom, DbType.Date), (u.ValidTo, DbType.Date), (u.Note, DbType.String),
                ];
                for (var v = 0; v < values.Length; v++)
                {
                    var name = $"@p{i}_{v}";
                    sql.Append(v == 0 ? "" : ", ").Append(name);
                    command.Parameters.Add(Parameter(command, name, values[v].Value, values[v].Type));
                }
                sql.Append(')');
            }
            command.CommandText = sql.ToString();
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>Typed even when null: PostgreSQL refuses a text null for a date column.</summary>
    private static DbParameter Parameter(DbCommand command, string name, object? value, DbType type)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.DbType = type;
        parameter.Value = value ?? DBNull.Value;
        return parameter;
    }
}
