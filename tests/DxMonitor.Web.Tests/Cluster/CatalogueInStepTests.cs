using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using DxMonitor.Web.Tests.Infrastructure;
using DxMonitor.Web.Tests.Metadata;
using Xunit.Abstractions;

namespace DxMonitor.Web.Tests.Cluster;

/// <summary>A catalogue imported as a package through one instance computes on the other too, without a restart (the change log, ADR 021).</summary>
[Collection(OnTwoInstances.Name)]
public sealed class CatalogueInStepTests(TwoInstances instances, ITestOutputHelper output)
{
    [Fact]
    public async Task Indicators_imported_on_one_instance_compute_on_the_other_within_the_deadline()
    {
        using var onA = instances.A.Client();
        using var onB = instances.B.Client();
        var package = JsonSerializer.Serialize(new
        {
            format = "dxmonitor-metadata",
            indicators = new[]
            {
                new { indicator = MetadataPackageTests.Indicator("PRV.CLUSTER_IN") },
                new { indicator = MetadataPackageTests.Indicator("PRV.CLUSTER_DOUBLE", "2 * PRV.CLUSTER_IN") },
            },
        });

        await Problems.AssertOkAsync(await onA.PostAsync("/api/v1/metadata/import", MetadataPackageTests.Json(package)));
        var watch = Stopwatch.StartNew();
        await Problems.AssertOkAsync(await onB.PutAsJsonAsync("/api/v1/values/PRV.CLUSTER_IN/P01/2025Q1", new { value = 21 }));
        await Eventually.MatchAsync(async () => await (await onB.GetAsync("/api/v1/rollups/PRV.CLUSTER_DOUBLE/2025Q1?asOf=2025-03-31")).Content.ReadAsStringAsync(),
            body => body.Contains("\"unit\":\"P01\"", StringComparison.Ordinal) && body.Contains("\"value\":42", StringComparison.Ordinal),
            "B computing the indicator imported on A", seconds: 5);

        output.WriteLine($"Imported on A; B computed with it after {watch.Elapsed.TotalMilliseconds:0} ms.");
    }
}
