using System.Net.Http.Json;
using DxMonitor.Data;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Demo;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Tests.Demo;

/// <summary>
/// Demo mode fills its database once with published sample figures and dossiers, says "Dữ liệu mẫu" on every page, and
/// never mixes with real data: a demo database refuses a normal start, a database with real figures refuses demo data.
/// </summary>
public sealed class DemoModeTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_demo_start_fills_its_database_with_published_samples_shows_the_banner_and_the_database_refuses_a_normal_start(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider, new Dictionary<string, string> { ["Demo:Enabled"] = "true" });

        var home = await app.Client(language: null).GetStringAsync("/");
        var (samples, unpublished, dossiers) = await app.QueryAsync(async db => (
            await db.DataValues.CountAsync(v => v.IsSample), await db.DataValues.CountAsync(v => v.IsSample && v.PublishedAt == null), await db.Dossiers.CountAsync()));
        var again = await app.QueryAsync(db => DemoMode.PrepareAsync(db, demo: true, TimeProvider.System));
        var normalStart = await Assert.ThrowsAsync<InvalidOperationException>(() => app.QueryAsync(db => DemoMode.PrepareAsync(db, demo: false, TimeProvider.System)));

        Assert.Contains("Dữ liệu mẫu.", home, StringComparison.Ordinal);
        Assert.True(samples > 5_000, $"{samples} sample figures");
        Assert.Equal(0, unpublished);
        Assert.True(dossiers > 1_000, $"{dossiers} dossiers");
        Assert.Equal(new Data.Demo.DemoData.Seeded(0, 0), again);
        Assert.Contains("--demo", normalStart.Message, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_database_with_real_figures_refuses_demo_data_and_shows_no_banner(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst, user: "that.khong.mau"));
        await Problems.AssertOkAsync(await analyst.PutAsJsonAsync("/api/v1/values/PRV.MOBILE_SUBSCRIBERS/P01/2024Q4", new { value = 7_500_000 }));

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => app.QueryAsync(db => DemoMode.PrepareAsync(db, demo: true, TimeProvider.System)));
        var home = await app.Client(language: null).GetStringAsync("/");

        Assert.Contains("--demo", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, await app.QueryAsync(db => db.DataValues.CountAsync(v => v.IsSample)));
        Assert.DoesNotContain("Dữ liệu mẫu", home, StringComparison.Ordinal);
    }

    [Fact]
    public void The_demo_flag_is_taken_out_of_the_arguments_the_host_reads()
    {
        string[] args = ["--urls", "http://localhost:5090", "--demo"];
        Assert.True(DemoMode.Take(ref args));
        Assert.Equal(["--urls", "http://localhost:5090"], args);
        string[] plain = ["--urls", "http://localhost:5090"];
        Assert.False(DemoMode.Take(ref plain));
    }
}
