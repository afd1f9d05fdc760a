using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DxMonitor.Data;

/// <summary>Whether a failed save broke a unique index, on either database: another writer got there first.</summary>
public static class UniqueViolation
{
    public static bool Is(Exception exception) => exception is DbUpdateException { InnerException: var inner } && inner switch
    {
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        SqliteException sqlite => sqlite.SqliteErrorCode == 19 && sqlite.SqliteExtendedErrorCode is 2067 or 1555, // CONSTRAINT_UNIQUE, CONSTRAINT_PRIMARYKEY
        _ => false,
    };
}
