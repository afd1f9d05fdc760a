using DxMonitor.Data;

namespace DxMonitor.Data.Tests.Infrastructure;

/// <summary>Theory data: every data test runs once per database provider.</summary>
public static class Providers
{
    public static TheoryData<DatabaseProvider> All => new() { DatabaseProvider.Sqlite, DatabaseProvider.Postgres };
}
