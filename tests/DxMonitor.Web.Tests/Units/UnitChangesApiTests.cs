using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DxMonitor.Data;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Tests.Units;

/// <summary>Administrators change units through the API (ADR 027); each test changes its own database.</summary>
[RunsLong]
public sealed class UnitChangesApiTests
{
    private const string AdminToken = "dxm_test-admin-token-000000000000000000000";

    /// <summary>The provinces in the engine's roll-up today: what the running engine knows of the hierarchy.</summary>
    internal static async Task<string[]> ProvincesInRollupAsync(HttpClient client) =>
        [.. (await client.GetFromJsonAsync<JsonElement>("/api/v1/rollups/PRV.DX_RESOLUTION/2026Q3"))
            .GetProperty("units").EnumerateArray().Select(u => u.GetProperty("unit").GetString()!)];

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Merging_communes_ends_them_under_dated_codes_and_records_the_successions(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var admin = app.Client(AdminToken);

        var response = await admin.PostAsJsonAsync("/api/v1/units/merge", new
        {
            predecessors = new object[] { new { unit = "C00004" }, new { unit = "C00008", share = 0.5 } },
            effectiveOn = "2026-10-01",
            newSuccessor = new { code = "C00004", adminCode = "00004", level = "Commune", nameVi = "Phường Ba Đình", nameEn = "Ba Dinh Ward", parent = "P01", note = "Sáp nhập thử" },
        });

        var merged = await Problems.AssertOkAsync(response);
        Assert.Equal(["C00004-2026", "C00008-2026"], merged.GetProperty("ended").EnumerateArray().Select(u => u.GetProperty("code").GetString()).Order());
        Assert.Equal("2026-10-01", merged.GetProperty("successor").GetProperty("validFrom").GetString());
        var detail = await admin.GetFromJsonAsync<JsonElement>("/api/v1/units/C00004");
        Assert.Equal([("C00004-2026", 1m), ("C00008-2026", 0.5m)], detail.GetProperty("predecessors").EnumerateArray()
            .Select(p => (p.GetProperty("unit").GetString(), p.GetProperty("share").GetDecimal())).OrderBy(p => p.Item1));
        var old = await admin.GetFromJsonAsync<JsonElement>("/api/v1/units/C00008-2026");
        Assert.Equal("2026-10-01", old.GetProperty("unit").GetProperty("validTo").GetString());
        var haNoi = await admin.GetFromJsonAsync<JsonElement[]>("/api/v1/units/P01/children");
        Assert.Equal(125, haNoi!.Length);
        Assert.DoesNotContain(haNoi, c => c.GetProperty("code").GetString() == "C00008");
        var audit = await app.QueryAsync(db => db.RecordChanges.Where(c => c.Subject.StartsWith("unit/")).ToListAsync());
        Assert.Equal(["Added", "Merged", "Merged"], audit.Select(a => a.Action).Order());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Renaming_keeps_the_code_and_closing_dates_the_code(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var admin = app.Client(AdminToken);

        var renamed = await Problems.AssertOkAsync(await admin.PutAsJsonAsync("/api/v1/units/C00025/name",
            new { nameVi = "Phường Giảng Võ Mới", nameEn = "New Giang Vo Ward" }));
        var added = await admin.PostAsJsonAsync("/api/v1/units",
            new { code = "C99999", level = "Commune", nameVi = "Xã Thử", nameEn = "Thu Commune", parent = "P04", validFrom = "2026-01-01" });
        var closed = await Problems.AssertOkAsync(await admin.PostAsJsonAsync("/api/v1/units/C99999/close", new { validTo = "2026-11-01" }));

        Assert.Equal(("C00025", "Phường Giảng Võ Mới"), (renamed.GetProperty("code").GetString(), renamed.GetProperty("nameVi").GetString()));
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal(("C99999-2026", "2026-11-01"), (closed.GetProperty("code").GetString(), closed.GetProperty("validTo").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/v1/units/C99999")).StatusCode);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_running_engines_follow_added_merged_and_closed_units_without_a_restart(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var admin = app.Client(AdminToken);
        Assert.Equal(34, (await ProvincesInRollupAsync(admin)).Length);

        foreach (var code in new[] { "P97", "P98" })
        {
            (await admin.PostAsJsonAsync("/api/v1/units", new { code, level = "Province", nameVi = $"Tỉnh Thử {code}", nameEn = $"Test {code} Province", parent = "VN", validFrom = "2026-01-01" })).EnsureSuccessStatusCode();
        }
        await Eventually.MatchAsync(() => ProvincesInRollupAsync(admin), p => p.Contains("P97") && p.Contains("P98"), "the engine to carry the added provinces");
        await Problems.AssertOkAsync(await admin.PostAsJsonAsync("/api/v1/units/merge", new
        {
            predecessors = new object[] { new { unit = "P97" }, new { unit = "P98" } },
            effectiveOn = "2026-06-01",
            newSuccessor = new { code = "P98", level = "Province", nameVi = "Tỉnh Thử Hợp Nhất", nameEn = "Merged Test Province", parent = "VN" },
        }));
        var merged = await Eventually.MatchAsync(() => ProvincesInRollupAsync(admin), p => !p.Contains("P97"), "the engine to end the merged provinces");
        // The second P98 to end in 2026: P98-2026 is the first one's code, so this one is dated to the day.
        var ended = await Problems.AssertOkAsync(await admin.PostAsJsonAsync("/api/v1/units/P98/close", new { validTo = "2026-11-01" }));
        var closed = await Eventually.MatchAsync(() => ProvincesInRollupAsync(admin), p => !p.Contains("P98"), "the engine to end the closed province");

        Assert.Equal(35, merged.Length);
        Assert.Contains("P98", merged);
        Assert.Equal(34, closed.Length);
        Assert.Equal("P98-2026-11-01", ended.GetProperty("code").GetString());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Bad_changes_name_the_field_and_write_nothing(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var admin = app.Client(AdminToken);
        var officer = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P01"));
        var before = await app.QueryAsync(db => db.Units.CountAsync());

        await Problems.AssertFieldErrorAsync(await admin.PostAsJsonAsync("/api/v1/units/merge", new
        {
            predecessors = new object[] { new { unit = "P04" }, new { unit = "P11" } },
            effectiveOn = "2026-10-01",
            successor = "P12",
        }), HttpStatusCode.UnprocessableEntity, "predecessors[0].unit", "P04");
        await Problems.AssertFieldErrorAsync(await admin.PostAsJsonAsync("/api/v1/units/merge", new
        {
            predecessors = new object[] { new { unit = "C00004" }, new { unit = "C00008", share = 1.5 } },
            effectiveOn = "2026-10-01",
            successor = "C00025",
        }), HttpStatusCode.UnprocessableEntity, "predecessors[1].share", "1");
        await Problems.AssertFieldErrorAsync(await admin.PostAsJsonAsync("/api/v1/units",
            new { code = "C99998", level = "Commune", nameVi = "Xã Thử", nameEn = "Thu Commune", parent = "C00004", validFrom = "2026-01-01" }),
            HttpStatusCode.UnprocessableEntity, "parent", "C00004");
        await Problems.AssertFieldErrorAsync(await admin.PostAsJsonAsync("/api/v1/units",
            new { code = "P01", level = "Province", nameVi = "Tỉnh Thử", nameEn = "Thu Province", parent = "VN", validFrom = "2026-01-01" }),
            HttpStatusCode.UnprocessableEntity, "code", "P01");
        await Problems.AssertFieldErrorAsync(await admin.PostAsJsonAsync("/api/v1/units/C00004/close", new { validTo = "2025-07-01" }),
            HttpStatusCode.UnprocessableEntity, "validTo", "2025-07-01");
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsJsonAsync("/api/v1/units/C00004/close", new { validTo = "2026-10-01" })).StatusCode);

        Assert.Equal(before, await app.QueryAsync(db => db.Units.CountAsync()));
        Assert.Equal(0, await app.QueryAsync(db => db.UnitSuccessions.CountAsync(s => s.EffectiveOn.Year == 2026)));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Unit_groups_filter_lists_and_are_kept_by_administrators(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var admin = app.Client(AdminToken);

        var created = await admin.PostAsJsonAsync("/api/v1/unit-groups", new
        {
            code = "NORTH-TEST",
            nameVi = "Nhóm thử miền núi",
            nameEn = "Test mountain group",
            members = new[] { "P04", "P11", "P12" },
        });
        var bad = await admin.PutAsJsonAsync("/api/v1/unit-groups/NORTH-TEST", new { nameVi = "Nhóm", nameEn = "Group", members = new[] { "P04", "P99" } });
        var updated = await admin.PutAsJsonAsync("/api/v1/unit-groups/NORTH-TEST", new { nameVi = "Nhóm thử", nameEn = "Test group", members = new[] { "P04", "P12" } });
        var units = await admin.GetFromJsonAsync<JsonElement>("/api/v1/units?group=NORTH-TEST");
        var rollup = await admin.GetFromJsonAsync<JsonElement>("/api/v1/rollups/PRV.DX_RESOLUTION/2026Q3?group=NORTH-TEST");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        await Problems.AssertFieldErrorAsync(bad, HttpStatusCode.UnprocessableEntity, "members[1]", "P99");
        Assert.Equal(["P04", "P12"], (await Problems.AssertOkAsync(updated)).GetProperty("members").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(["P04", "P12"], units.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("code").GetString()));
        Assert.Equal(["P04", "P12"], rollup.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("unit").GetString()));
        await Problems.AssertFieldErrorAsync(await admin.GetAsync("/api/v1/units?group=NOPE"), HttpStatusCode.UnprocessableEntity, "group", "NOPE");
        Assert.Equal(2, await app.QueryAsync(db => db.RecordChanges.CountAsync(c => c.Subject == "unit-group/NORTH-TEST")));
    }
}
