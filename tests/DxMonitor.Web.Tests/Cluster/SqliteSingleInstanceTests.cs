using DxMonitor.Data;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Web.Tests.Infrastructure;

namespace DxMonitor.Web.Tests.Cluster;

/// <summary>SQLite serves one process: a second one started on the same file stops at once and says why.</summary>
public sealed class SqliteSingleInstanceTests
{
    [Fact]
    public async Task A_second_process_on_the_same_SQLite_file_stops_saying_SQLite_serves_one_instance()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var first = await ProductProcess.StartAsync(database);

        var second = await Assert.ThrowsAsync<InvalidOperationException>(() => ProductProcess.StartAsync(database));

        Assert.Contains("Another DxMonitor process is already using the SQLite database", second.Message, StringComparison.Ordinal);
        Assert.Contains("use PostgreSQL", second.Message, StringComparison.Ordinal);
        using var client = first.Client();
        Assert.True((await client.GetAsync("/api/v1/units/P01")).IsSuccessStatusCode, "the first process still serves");
    }
}
