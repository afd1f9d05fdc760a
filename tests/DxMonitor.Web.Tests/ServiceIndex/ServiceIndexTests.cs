using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DxMonitor.Data;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.ImportExport;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static DxMonitor.Web.Tests.Accounts.AccountSteps;
using static DxMonitor.Web.Tests.Dossiers.DossierFiles;

namespace DxMonitor.Web.Tests.ServiceIndex;

/// <summary>
/// The 766 index from a hand-computed month (April 2025) of two provinces sending the same records: every group's
/// points asserted, month-edge, holiday (Hùng Kings' day), supplement and withdrawal cases included; ranked with ties
/// shared; read only by those who read the unit's dossiers; definitions versioned, checked and audited.
/// </summary>
public sealed class ServiceIndexTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    private const string Lifecycle = Header + ",supplements,paused_days,national_portal,synced,digitised_input,reused_data";
    private const string Procedure = "1.SI766";

    private static async Task SendAprilAsync(TestApp app, string unit, DatabaseProvider provider)
    {
        var officer = app.Client(await app.TokenForAsync(Role.UnitOfficer, unit, user: $"chi.so.766.{unit}.{provider}"));
        foreach (var (code, limit, from) in new[] { (Procedure, (int?)5, "2024-01-01"), ("2.SI766", null, "2024-01-01"), ("3.SI766", 7, "2025-05-01") })
        {
            await Problems.AssertOkAsync(await officer.PutAsJsonAsync($"/api/v1/procedures/{unit}/{code}", new
            {
                name = $"Thủ tục thử chỉ số 766 {code}",
                onlineLevel = "full",
                hasFee = true,
                paperResult = false,
                timeLimitDays = limit,
                validFrom = from,
            }));
        }
        await Problems.AssertOkAsync(await UploadAsync(officer, Csv(Lifecycle,
            // Due from the statute: 5 working days after Thu 3 April, Mon 7 April (Hùng Kings' day) off: Fri 11 April. On time.
            $"HOLIDAY,{unit},{Procedure},online,full,2025-04-03 09:00,,2025-04-11 16:00,finished,true,true,0,,true,true,true,true",
            // 5 working days + 3 days waiting for the applicant after Tue 1 April: Mon 14 April. On time.
            $"SUPPLEMENT,{unit},{Procedure},online,partial,2025-04-01 08:00,,2025-04-14 10:00,finished,false,false,1,3,false,true,true,false",
            // 00:30 on 1 May in Vietnam: May's, not April's.
            $"EDGE-MAY,{unit},{Procedure},online,full,2025-04-30T17:30:00Z,2025-05-09 17:00,2025-05-05 10:00,finished,true,true,,,true,true,true,true",
            // 00:00 on 1 April in Vietnam: April's.
            $"EDGE-APRIL,{unit},{Procedure},in_person,,2025-03-31T17:00:00Z,2025-04-03 17:00,2025-04-02 10:00,finished,,true,,,false,false,false,",
            // Open past due at the end of March and April, withdrawn in May: overdue-open at April's end.
            $"WITHDRAWN,{unit},{Procedure},in_person,,2025-03-10 08:00,2025-03-20 17:00,2025-05-05 09:00,withdrawn,,,,,,,,",
            $"LATE,{unit},{Procedure},in_person,,2025-04-02 08:00,2025-04-04 17:00,2025-04-09 10:00,finished,,false,,,,false,,",
            $"OPEN,{unit},{Procedure},online,partial,2025-04-25 08:00,2025-05-20 17:00,,processing,,,,,,,,")));
        await Problems.AssertOkAsync(await ImportFiles.UploadToAsync(officer, "/api/v1/feedback/import", "pakn.csv", ImportFiles.Csv(
            "feedback_id,unit,received_at,due_at,answered_at",
            $"F1,{unit},2025-04-02 09:00,2025-04-10,2025-04-08 15:00",
            $"F2,{unit},2025-04-03 09:00,2025-04-10,2025-04-15 10:00",
            $"F3,{unit},2025-04-20 09:00,2025-04-25,",
            $"F4,{unit},2025-04-28 09:00,,")));
        await Problems.AssertOkAsync(await ImportFiles.UploadToAsync(officer, "/api/v1/ratings/import", "danh-gia.csv", ImportFiles.Csv(
            "dossier_id,unit,rated_at,satisfaction",
            $"HOLIDAY,{unit},2025-04-12 10:00,rất hài lòng",
            $"SUPPLEMENT,{unit},2025-04-15 10:00,hài lòng",
            $"LATE,{unit},2025-04-10 10:00,không hài lòng")));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_hand_computed_month_scores_every_group_and_component_and_equal_units_share_a_rank(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        await SendAprilAsync(app, "P22", provider);
        await SendAprilAsync(app, "P38", provider);
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst, user: $"phan.tich.766.{provider}"));

        var score = await Problems.AssertOkAsync(await analyst.GetAsync("/api/v1/service-index/units/P22?period=2025M04"));
        var ranking = await Problems.AssertOkAsync(await analyst.GetAsync("/api/v1/service-index/ranking?period=2025M04&level=province"));

        var groups = score.GetProperty("groups").EnumerateArray().ToDictionary(g => g.GetProperty("code").GetString()!, g => g.GetProperty("points").GetDecimal());
        Assert.Equal(new Dictionary<string, decimal>
        {
            ["PUBLICITY"] = 9.00m,
            ["PROGRESS"] = 12.00m,
            ["ONLINE"] = 4.53m,
            ["PAYMENT"] = 5.00m,
            ["DIGITISATION"] = 12.33m,
            ["SATISFACTION"] = 8.50m,
        }, groups);
        var components = score.GetProperty("groups").EnumerateArray().SelectMany(g => g.GetProperty("components").EnumerateArray())
            .ToDictionary(c => c.GetProperty("code").GetString()!, c => (c.GetProperty("numerator").GetInt32(), c.GetProperty("denominator").GetInt32(), c.GetProperty("points").GetDecimal()));
        Assert.Equal((1, 2, 3.00m), components["PUB.PROCEDURES"]);   // 2.SI766 has no limit; 3.SI766 is not in force yet
        Assert.Equal((2, 4, 6.00m), components["PUB.SYNCED"]);
        Assert.Equal((3, 5, 12.00m), components["PRO.ONTIME"]);      // HOLIDAY, SUPPLEMENT, EDGE-APRIL on time; LATE; WITHDRAWN overdue at the month's end
        Assert.Equal((3, 5, 2.40m), components["ONL.SUBMITTED"]);
        Assert.Equal((1, 5, 0.80m), components["ONL.FULL"]);
        Assert.Equal((1, 3, 1.33m), components["ONL.PORTAL"]);
        Assert.Equal((1, 2, 5.00m), components["PAY.ONLINE"]);
        Assert.Equal((2, 3, 5.33m), components["DIG.INPUT"]);
        Assert.Equal((2, 4, 4.00m), components["DIG.RESULT"]);
        Assert.Equal((1, 2, 3.00m), components["DIG.REUSE"]);
        Assert.Equal((1, 4, 1.50m), components["SAT.FEEDBACK_ONTIME"]);
        Assert.Equal((2, 4, 3.00m), components["SAT.FEEDBACK"]);
        Assert.Equal((2, 3, 4.00m), components["SAT.RATINGS"]);
        Assert.Equal((51.36m, 100m, 51.36m, 1, 2), (score.GetProperty("points").GetDecimal(), score.GetProperty("available").GetDecimal(),
            score.GetProperty("score").GetDecimal(), score.GetProperty("rank").GetInt32(), score.GetProperty("ranked").GetInt32()));

        var rows = ranking.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("unit").GetString()!);
        Assert.Equal((1, 1), (rows["P22"].GetProperty("rank").GetInt32(), rows["P38"].GetProperty("rank").GetInt32()));
        Assert.Equal((JsonValueKind.Null, JsonValueKind.Null), (rows["P46"].GetProperty("score").ValueKind, rows["P46"].GetProperty("rank").ValueKind)); // sent nothing: not ranked
        Assert.False(rows.ContainsKey("P24")); // Bắc Ninh of 2025 began on 1 July
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_component_without_data_is_missing_not_zero_and_the_score_is_scaled_over_those_with_data(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var officer = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P12", user: $"thieu.du.lieu.{provider}"));
        await Problems.AssertOkAsync(await UploadAsync(officer, Csv(Header,
            "A1,P12,1.X,online,full,2025-06-02 08:00,2025-06-06 17:00,2025-06-05 10:00,finished,,true",
            "A2,P12,1.X,in_person,,2025-06-02 08:00,2025-06-06 17:00,2025-06-10 10:00,finished,,false")));

        var score = await Problems.AssertOkAsync(await officer.GetAsync("/api/v1/service-index/units/P12?period=2025M06"));

        var components = score.GetProperty("groups").EnumerateArray().SelectMany(g => g.GetProperty("components").EnumerateArray())
            .ToDictionary(c => c.GetProperty("code").GetString()!);
        Assert.True(components["PAY.ONLINE"].GetProperty("missing").GetBoolean());
        Assert.Equal(JsonValueKind.Null, components["PAY.ONLINE"].GetProperty("points").ValueKind);
        Assert.Equal(JsonValueKind.Null, components["SAT.RATINGS"].GetProperty("rate").ValueKind);
        // Only on time (1 of 2: 10 of 20), submitted online (1 of 2: 2 of 4), fully online (2 of 4) and digital results (4 of 8) have data:
        // 18 of 36 available points, below the 50 % of 100 needed to rank.
        Assert.Equal((18.00m, 36m), (score.GetProperty("points").GetDecimal(), score.GetProperty("available").GetDecimal()));
        Assert.Equal(JsonValueKind.Null, score.GetProperty("score").ValueKind);
        Assert.Equal(9, score.GetProperty("missingComponents").GetInt32());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Another_units_officer_reads_neither_its_scores_nor_its_row_and_a_moved_officer_loses_the_old_unit_at_once(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var cao = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P04", user: $"cao.bang.766.{provider}"));
        var officer = await OfficerAsync(app, $"chuyen.766.{provider}");

        var other = await cao.GetAsync("/api/v1/service-index/units/P01?period=2025M04");
        var ranking = await Problems.AssertOkAsync(await cao.GetAsync("/api/v1/service-index/ranking?period=2025M04"));
        var export = await cao.GetAsync("/api/v1/service-index/ranking/export.csv?period=2025M04");
        var before = await officer.Token.GetAsync("/api/v1/service-index/units/P01?period=2025M04");
        Assert.Equal(HttpStatusCode.NoContent, (await officer.Admin.PutAsJsonAsync($"/api/v1/users/{officer.Name}/role", new { role = "UnitOfficer", unit = "P40" })).StatusCode);
        var after = await officer.Token.GetAsync("/api/v1/service-index/units/P01?period=2025M04");
        var anonymous = await app.Client().GetAsync("/api/v1/service-index/ranking?period=2025M04");

        await Problems.AssertProblemAsync(other, HttpStatusCode.Forbidden);
        Assert.Equal(["P04"], ranking.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("unit").GetString()));
        var lines = Encoding.UTF8.GetString(await export.Content.ReadAsByteArrayAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains(",P04,", lines[1]);
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        await Problems.AssertProblemAsync(after, HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_ranking_exports_as_csv_and_xlsx_with_vietnamese_headers_and_missing_cells_empty(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        await SendAprilAsync(app, "P14", provider);
        var leader = app.Client(await app.TokenForAsync(Role.Leader, "P14", user: $"lanh.dao.766.{provider}"));

        var csv = await leader.GetAsync("/api/v1/service-index/ranking/export.csv?period=2025M04");
        var xlsx = await leader.GetAsync("/api/v1/service-index/ranking/export.xlsx?period=2025M04");

        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var lines = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Hạng,Mã đơn vị,Đơn vị,Điểm (thang 100),Điểm đạt", lines[0]);
        Assert.Contains("Công khai, minh bạch (tối đa 18)", lines[0]);
        Assert.StartsWith("1,P14,", lines[1]);
        var cells = lines[1].Split(',');
        Assert.Equal([51.36m, 51.36m, 100m, 0m, 9m], cells[3..8].Select(c => decimal.Parse(c, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(XlsxContentType, xlsx.Content.Headers.ContentType?.MediaType);
        using var workbook = new ClosedXML.Excel.XLWorkbook(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()));
        var sheet = workbook.Worksheets.First();
        Assert.Equal("Điểm (thang 100)", sheet.Cell(1, 4).GetString());
        Assert.Equal(51.36, sheet.Cell(2, 4).GetDouble(), 2);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_administrator_stores_a_checked_audited_version_that_scores_the_periods_from_its_month(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var admin = app.Client(await app.TokenForAsync(Role.NationalAdministrator, user: $"quan.tri.766.{provider}"));
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst, user: $"phan.tich.dn.766.{provider}"));
        var definitions = await Problems.AssertOkAsync(await admin.GetAsync("/api/v1/service-index/definitions"));
        var seeded = definitions[0].GetProperty("definition");
        var node = System.Text.Json.Nodes.JsonNode.Parse(seeded.GetRawText())!;
        node["version"] = "766-2026";
        node["validFrom"] = "2026M01";
        node["groups"]![1]!["components"]![0]!["fullAt"] = 80;

        var refused = await analyst.PutAsJsonAsync("/api/v1/service-index/definitions/766-2026", node);
        var bad = node.DeepClone();
        bad["groups"]![0]!["components"]![1]!["weight"] = -1;
        bad["groups"]![2]!["maxPoints"] = 13;
        var invalid = await admin.PutAsJsonAsync("/api/v1/service-index/definitions/766-2026", bad);
        var seededChange = await admin.PutAsJsonAsync("/api/v1/service-index/definitions/766-2022", seeded);
        var created = await admin.PutAsJsonAsync("/api/v1/service-index/definitions/766-2026", node);
        var before = await Problems.AssertOkAsync(await analyst.GetAsync("/api/v1/service-index/units/P01?period=2025M12"));
        var after = await Problems.AssertOkAsync(await analyst.GetAsync("/api/v1/service-index/units/P01?period=2026M02"));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        await Problems.AssertFieldErrorAsync(invalid, HttpStatusCode.UnprocessableEntity, "groups[0].components[1].weight", "-1");
        await Problems.AssertFieldErrorAsync(invalid, HttpStatusCode.UnprocessableEntity, "groups", "101");
        await Problems.AssertFieldErrorAsync(seededChange, HttpStatusCode.UnprocessableEntity, "version", "766-2022");
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(("766-2022", "766-2026"), (before.GetProperty("version").GetString(), after.GetProperty("version").GetString()));
        var change = await app.QueryAsync(db => db.RecordChanges.SingleAsync(c => c.Subject == "service-index/766-2026"));
        Assert.Equal(("Created", $"quan.tri.766.{provider}"), (change.Action, change.ChangedBy));
    }

    private const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
