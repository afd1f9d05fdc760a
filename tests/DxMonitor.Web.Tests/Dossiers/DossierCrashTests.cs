using System.Text.Json;
using DxMonitor.Data;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static DxMonitor.Web.Tests.Dossiers.DossierFiles;

namespace DxMonitor.Web.Tests.Dossiers;

/// <summary>
/// The product process is killed after an upload's dossiers commit and before the figures derived from them are
/// written; started again, it finds the half-done batch and writes the figures, and says so in its log.
/// </summary>
[RunsLong]
public sealed class DossierCrashTests
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_process_killed_between_the_dossiers_and_their_figures_has_the_figures_right_after_restart(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var crashing = await ProductProcess.StartAsync(database, new Dictionary<string, string> { ["Faults:CrashAt"] = "dossiers.committed" }))
        {
            using var client = crashing.Client();
            await Assert.ThrowsAnyAsync<HttpRequestException>(() => UploadAsync(client, SampleCsv()));
            Assert.NotEqual(0, await crashing.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        }
        await using (var db = database.CreateContext())
        {
            Assert.Equal(8, await db.Dossiers.CountAsync());
            Assert.Null((await db.DossierBatches.SingleAsync()).FiguresWrittenAt);
            Assert.False(await db.DataValues.AnyAsync(v => v.Via == "dossiers"));
        }

        await using var restarted = await ProductProcess.StartAsync(database, new Dictionary<string, string> { ["Dossiers:ReconcileAfterSeconds"] = "0" });
        using var reader = restarted.Client();
        var total = await Eventually.MatchAsync(
            async () => JsonDocument.Parse(await reader.GetStringAsync("/api/v1/values/PRV.DOSSIERS_TOTAL/P01/2025Q2")).RootElement.GetProperty("value"),
            v => v.ValueKind == JsonValueKind.Number, "the reconciled dossier figures", seconds: 60);
        var late = JsonDocument.Parse(await reader.GetStringAsync("/api/v1/values/PRV.DOSSIERS_LATE/P01/2025Q2")).RootElement.GetProperty("value");
        var figures = JsonDocument.Parse(await reader.GetStringAsync("/api/v1/dossiers/figures?unit=P01&period=2025Q2")).RootElement;

        // The figures the dossier records give, as the dossier pages show them: five received in Hà Nội in 2025Q2.
        Assert.Equal(5m, total.GetDecimal());
        Assert.Equal((figures.GetProperty("received").GetDecimal(), figures.GetProperty("late").GetDecimal()), (total.GetDecimal(), late.GetDecimal()));
        await using (var db = database.CreateContext())
        {
            Assert.NotNull((await db.DossierBatches.SingleAsync()).FiguresWrittenAt);
        }
        Assert.Contains("had its figures unwritten", restarted.Output, StringComparison.Ordinal);
    }
}
