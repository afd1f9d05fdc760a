using System.Text.Json;
using DxMonitor.Data;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Domain.Access;
using DxMonitor.Domain.Tests.Dossiers;
using DxMonitor.Web.Tests.Infrastructure;
using static DxMonitor.Web.Tests.Dossiers.DossierFiles;

namespace DxMonitor.Web.Tests.Values;

/// <summary>One national figure: the values API answers what the roll-ups answer, and a national rate is its summed numerator over its summed denominator.</summary>
public sealed class NationalFigureTests
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_values_api_answers_the_rollups_national_figure_and_a_national_rate_comes_from_summed_counts(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst));
        await Problems.AssertOkAsync(await UploadAsync(analyst, SampleCsv()));
        // One more in-person dossier in Hà Nội's first quarter: 2 of its 3 dossiers were online (66.67 % rounded).
        await Problems.AssertOkAsync(await UploadAsync(analyst, Csv(Header, Line(SampleDossiers.Fields[1] with { DossierId = "Q1-X", ReceivedAt = "2025-02-01 08:00" }))));
        async Task<double?> RollupTotalAsync(string indicator)
        {
            using var json = JsonDocument.Parse(await analyst.GetStringAsync($"/api/v1/rollups/{indicator}/2025Q1?asOf=2025-03-31"));
            var total = json.RootElement.GetProperty("total").GetProperty("value");
            return total.ValueKind == JsonValueKind.Number ? total.GetDouble() : null;
        }
        async Task<(string Origin, decimal Value)> NationalAsync(string indicator)
        {
            var value = await Problems.AssertOkAsync(await analyst.GetAsync($"/api/v1/values/{indicator}/VN/2025Q1"));
            return (value.GetProperty("origin").GetString()!, value.GetProperty("value").GetDecimal());
        }

        // 2025Q1: only Hà Nội received dossiers, 2 online of 3: the nation's rate is 66.6667 %, not the rounded 66.67 %.
        const double exact = 100.0 * 2 / 3;
        static bool Exact(double? v) => v is { } x && Math.Abs(x - exact) < 1e-4;
        var rateRollup = await Eventually.MatchAsync(() => RollupTotalAsync("PRV.ONLINE_DOSSIER_RATE"), Exact, "the national online rate from summed counts");
        var shareRollup = await Eventually.MatchAsync(() => RollupTotalAsync("PRV.DOSSIERS_ONLINE_SHARE"), Exact, "the national computed share");
        var rate = await NationalAsync("PRV.ONLINE_DOSSIER_RATE");
        var share = await NationalAsync("PRV.DOSSIERS_ONLINE_SHARE");

        Assert.Equal(exact, rateRollup!.Value, 4);
        Assert.Equal(exact, shareRollup!.Value, 4);
        Assert.Equal(("RolledUp", rateRollup.Value), (rate.Origin, (double)rate.Value), new ToleranceComparer());
        Assert.Equal(("Computed", shareRollup.Value), (share.Origin, (double)share.Value), new ToleranceComparer());
    }

    private sealed class ToleranceComparer : IEqualityComparer<(string, double)>
    {
        public bool Equals((string, double) x, (string, double) y) => x.Item1 == y.Item1 && Math.Abs(x.Item2 - y.Item2) < 1e-6;

        public int GetHashCode((string, double) obj) => obj.Item1.GetHashCode(StringComparison.Ordinal);
    }
}
