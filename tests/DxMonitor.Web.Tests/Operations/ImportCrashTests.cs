using System.Text.Json;
using DxMonitor.Data;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static DxMonitor.Web.Tests.ImportExport.ImportFiles;

namespace DxMonitor.Web.Tests.Operations;

/// <summary>
/// The product process is killed in the middle of a values import (rows and audit written, not committed) and right
/// after its commit (the engines not yet told): started again, it has none of the import or all of it, with one audit
/// row per value and the figures served; the import that was lost can be sent again.
/// </summary>
[RunsLong]
public sealed class ImportCrashTests
{
    private static readonly string[] Rows =
    [
        "PRV.MOBILE_SUBSCRIBERS,P01,2023Q4,1500,", "PRV.MOBILE_SUBSCRIBERS,P22,2023Q4,900,",
        "PRV.HOUSEHOLDS,P01,2023Q4,2400,", "PRV.HOUSEHOLDS,P22,2023Q4,410,",
        "PRV.FIBRE_HOUSEHOLDS_RATE,P01,2023Q4,91.5,", "PRV.FIBRE_HOUSEHOLDS_RATE,P22,2023Q4,77.25,",
    ];

    public static TheoryData<DatabaseProvider, string> Crashes => new()
    {
        { DatabaseProvider.Sqlite, "import.written" }, { DatabaseProvider.Sqlite, "import.committed" },
        { DatabaseProvider.Postgres, "import.written" }, { DatabaseProvider.Postgres, "import.committed" },
    };

    [Theory, MemberData(nameof(Crashes))]
    public async Task An_import_killed_before_or_after_its_commit_is_all_or_nothing_after_restart(DatabaseProvider provider, string point)
    {
        var committed = point == "import.committed";
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var crashing = await ProductProcess.StartAsync(database, new Dictionary<string, string> { ["Faults:CrashAt"] = point }))
        {
            using var client = crashing.Client();
            await Assert.ThrowsAnyAsync<HttpRequestException>(() => UploadAsync(client, "values.csv", Csv([Header, .. Rows])));
            Assert.NotEqual(0, await crashing.WaitForExitAsync(TimeSpan.FromSeconds(60)));
            Assert.Contains($"fault point '{point}' reached", crashing.Output, StringComparison.Ordinal);
        }
        var expected = committed ? Rows.Length : 0;
        await using (var db = database.CreateContext())
        {
            Assert.Equal(expected, await db.DataValues.CountAsync(v => v.PeriodCode == "2023Q4"));
            Assert.Equal(expected, await db.DataValueChanges.CountAsync(c => c.PeriodCode == "2023Q4"));
        }

        await using var restarted = await ProductProcess.StartAsync(database);
        using var reader = restarted.Client();
        var fibre = await reader.GetAsync("/api/v1/values/PRV.FIBRE_HOUSEHOLDS_RATE/P22/2023Q4");
        if (committed)
        {
            Assert.Equal(77.25m, JsonDocument.Parse(await fibre.Content.ReadAsStringAsync()).RootElement.GetProperty("value").GetDecimal());
        }
        else
        {
            Assert.Equal(JsonValueKind.Null, JsonDocument.Parse(await fibre.Content.ReadAsStringAsync()).RootElement.GetProperty("value").ValueKind);
            var again = await UploadAsync(reader, "values.csv", Csv([Header, .. Rows]));
            Assert.True(again.IsSuccessStatusCode, await again.Content.ReadAsStringAsync());
            Assert.Equal(Rows.Length, JsonDocument.Parse(await again.Content.ReadAsStringAsync()).RootElement.GetProperty("created").GetInt32());
        }
        await using (var db = database.CreateContext())
        {
            Assert.Equal(Rows.Length, await db.DataValues.CountAsync(v => v.PeriodCode == "2023Q4"));
            Assert.Equal(Rows.Length, await db.DataValueChanges.CountAsync(c => c.PeriodCode == "2023Q4"));
        }
    }
}
