using System.Net.Http.Json;
using DxMonitor.Web.Tests.Cluster;
using DxMonitor.Web.Tests.Infrastructure;

namespace DxMonitor.Web.Tests.Units;

/// <summary>A unit change made through one instance reaches the other instance's engines through the change log (ADR 021, 027).</summary>
[Collection(OnTwoInstances.Name)]
public sealed class UnitChangesClusterTests(TwoInstances instances)
{
    [Fact]
    public async Task A_province_added_on_one_instance_is_in_the_other_instances_roll_ups()
    {
        using var writer = instances.A.Client();
        using var reader = instances.B.Client();

        await Problems.AssertOkAsync(await writer.PostAsJsonAsync("/api/v1/units", new
        {
            code = "P99",
            level = "Province",
            nameVi = "Tỉnh Thử Cụm",
            nameEn = "Cluster Test Province",
            parent = "VN",
            validFrom = "2026-01-01",
        }));

        await Eventually.MatchAsync(() => UnitChangesApiTests.ProvincesInRollupAsync(reader), p => p.Contains("P99"), "instance B's engine to carry P99");
    }
}
