using System.Diagnostics;
using System.Net.Http.Json;
using DxMonitor.Web.Tests.Infrastructure;
using Xunit.Abstractions;
using static DxMonitor.Web.Tests.Methodologies.MethodologyData;

namespace DxMonitor.Web.Tests.Cluster;

/// <summary>A methodology adopted through one instance ranks on the other too, without a restart (the change log, ADR 021).</summary>
[Collection(OnTwoInstances.Name)]
public sealed class MethodologiesInStepTests(TwoInstances instances, ITestOutputHelper output)
{
    [Fact]
    public async Task A_methodology_adopted_on_one_instance_ranks_on_the_other_within_the_deadline()
    {
        using var onA = instances.A.Client();
        using var onB = instances.B.Client();
        await ReportSmartphonesAsync(onA);
        await Eventually.MatchAsync(() => onB.GetAsync("/api/v1/rankings/DTI-PRV/2024"), r => r.IsSuccessStatusCode, "the 2024 ranking on B");
        var copy = await Problems.AssertOkAsync(await onA.PostAsJsonAsync($"{Provincial}/2024", new { }));
        var version = copy.GetProperty("version").GetInt32();
        var draft = await GetAsync(onA, 2024, version);
        Pillar(draft, "DIGITAL_SOCIETY")["weight"] = 50;
        await Problems.AssertOkAsync(await onA.PutAsJsonAsync($"{Provincial}/2024?version={version}", Request(draft)));

        await Problems.AssertOkAsync(await onA.PostAsync($"{Provincial}/2024/adopt?version={version}", null));
        var watch = Stopwatch.StartNew();
        var onOther = await RankingWhenAsync(onB, 2024, r => r.GetProperty("methodology").GetProperty("version").GetInt32() == version, "B ranking 2024 with the adopted version", seconds: 5);
        var elapsed = watch.Elapsed;
        var onWriter = await RankingAsync(onA, 2024);
        var adoptedHash = (string?)(await GetAsync(onA, 2024, version))["hash"];

        output.WriteLine($"Adopted on A; B ranked with it after {elapsed.TotalMilliseconds:0} ms.");
        Assert.Equal(adoptedHash, onOther.GetProperty("methodology").GetProperty("hash").GetString());
        Assert.Equal(Score(onWriter, "P01"), Score(onOther, "P01"), 9);
    }
}
