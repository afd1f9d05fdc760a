using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using DxMonitor.Data;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.Infrastructure;

namespace DxMonitor.Web.Tests.Access;

/// <summary>
/// A unit never sees another unit's unpublished data: every GET route of the OpenAPI document, walked as another
/// province's officer and leader, answers nothing of a province's accepted but unpublished figure, its comment or
/// who entered it; the province's own officer finds it (so the walk reaches the data).
/// </summary>
[RunsLong]
public sealed partial class ReadScopeTests
{
    private const string Secret = "4321987";
    private const string Comment = "Ghi-chú-nội-bộ-Điện-Biên";

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Every_get_route_walked_as_another_provinces_staff_returns_nothing_unpublished_of_it(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst));
        var owner = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P11", user: "so.dien.bien"));
        await Rounds.OpenAsync(analyst, "R-SCOPE", ["PRV.MOBILE_SUBSCRIBERS"], period: "2024Q2");
        await Problems.AssertOkAsync(await owner.PutAsJsonAsync("/api/v1/rounds/R-SCOPE/reports/P11/entries",
            new { entries = new[] { new { indicator = "PRV.MOBILE_SUBSCRIBERS", value = decimal.Parse(Secret, System.Globalization.CultureInfo.InvariantCulture), comment = Comment } } }));
        await Problems.AssertOkAsync(await owner.PostAsync("/api/v1/rounds/R-SCOPE/reports/P11/submit", null));
        await Problems.AssertOkAsync(await analyst.PostAsync("/api/v1/rounds/R-SCOPE/reports/P11/accept", null));
        await Eventually.MatchAsync(() => analyst.GetStringAsync("/api/v1/rollups/PRV.MOBILE_SUBSCRIBERS/2024Q2?asOf=2024-06-30"),
            body => body.Contains(Secret, StringComparison.Ordinal), "the accepted figure in the working engine");
        var routes = await GetRoutesAsync(analyst);

        var otherOfficer = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P01", user: "so.ha.noi"));
        var otherLeader = app.Client(await app.TokenForAsync(Role.Leader, "P01", user: "lanh.dao.ha.noi"));
        var leaks = new List<string>();
        foreach (var (name, client) in new[] { ("officer of P01", otherOfficer), ("leader of P01", otherLeader) })
        {
            foreach (var route in routes)
            {
                var body = await (await client.GetAsync(route)).Content.ReadAsStringAsync();
                if (body.Contains(Secret, StringComparison.Ordinal) || body.Contains(Comment, StringComparison.Ordinal) || body.Contains("so.dien.bien", StringComparison.Ordinal))
                {
                    leaks.Add($"{name}: {route}");
                }
            }
        }
        var found = new List<string>();
        foreach (var route in routes)
        {
            if ((await (await owner.GetAsync(route)).Content.ReadAsStringAsync()).Contains(Secret, StringComparison.Ordinal))
            {
                found.Add(route);
            }
        }

        Assert.True(routes.Count > 40, $"only {routes.Count} GET routes walked");
        Assert.Empty(leaks);
        Assert.Contains("/api/v1/values/PRV.MOBILE_SUBSCRIBERS/P11/2024Q2", found);
        var history = await otherOfficer.GetAsync("/api/v1/values/PRV.MOBILE_SUBSCRIBERS/P11/2024Q2/history");
        var inbox = await otherOfficer.GetAsync("/api/v1/alerts?unit=P11");
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (history.StatusCode, inbox.StatusCode));
    }

    /// <summary>Every GET path of the OpenAPI document with its parameters filled in to point at P11's figure.</summary>
    private static async Task<List<string>> GetRoutesAsync(HttpClient client)
    {
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["indicator"] = "PRV.MOBILE_SUBSCRIBERS",
            ["unit"] = "P11",
            ["period"] = "2024Q2",
            ["index"] = "DTI-PRV",
            ["year"] = "2024",
            ["format"] = "csv",
            ["round"] = "R-SCOPE",
            ["code"] = "R-SCOPE",
            ["key"] = "dead-zones",
            ["registry"] = "dead-zones",
            ["id"] = "1",
            ["dossierId"] = "X",
        };
        var routes = new List<string>();
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject().Where(p => p.Value.TryGetProperty("get", out _)))
        {
            var filled = Parameter().Replace(path.Name, m => values.GetValueOrDefault(m.Groups[1].Value.Split(':')[0], "P11"));
            routes.Add($"{filled}?unit=P11&indicator=PRV.MOBILE_SUBSCRIBERS&period=2024Q2&from=2024Q1&to=2024Q4&asOf=2024-06-30&pageSize=500");
            routes.Add(filled);
        }
        return routes;
    }

    [GeneratedRegex(@"\{([^}]+)\}")]
    private static partial Regex Parameter();
}
