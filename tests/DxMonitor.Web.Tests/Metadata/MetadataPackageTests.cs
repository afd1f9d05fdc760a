using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClosedXML.Excel;
using DxMonitor.Data;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static DxMonitor.Web.Tests.Methodologies.MethodologyData;

namespace DxMonitor.Web.Tests.Metadata;

/// <summary>
/// The methodology moves between servers as one package: exported as JSON or XLSX, run dry to list what it would
/// change, imported whole or not at all, with each conflict named by item and field, by administrators only.
/// </summary>
[RunsLong]
public sealed class MetadataPackageTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    private const string Import = "/api/v1/metadata/import";

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_package_from_one_server_is_run_dry_then_imported_whole_into_another_and_its_engines_compute_with_it(DatabaseProvider provider)
    {
        await using var source = await TestApp.StartAsync(provider);
        await using var target = await TestApp.StartAsync(provider);
        var author = source.Client(await source.TokenForAsync(Role.NationalAnalyst, user: "phuong.phap.nguon"));
        var sourceAdmin = source.Client(await source.TokenForAsync(Role.NationalAdministrator, user: "quan.tri.nguon"));
        Assert.Equal(HttpStatusCode.Created, (await author.PostAsJsonAsync("/api/v1/indicators", Indicator("PRV.META_IN"))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await author.PostAsJsonAsync("/api/v1/indicators", Indicator("PRV.META_DOUBLE", "2 * PRV.META_IN"))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await author.PostAsJsonAsync("/api/v1/targets", new
        {
            indicator = "PRV.META_IN",
            scope = "Province",
            value = 100,
            deadline = "2030-12-31",
            legalSourceVi = "Nghị quyết thử nghiệm số 1",
            legalSourceEn = "Trial resolution no. 1",
        })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await sourceAdmin.PostAsJsonAsync("/api/v1/unit-groups", new
        {
            code = "DUYEN_HAI_THU",
            nameVi = "Duyên hải thử nghiệm",
            nameEn = "Trial coast",
            members = new[] { "P01", "P46" },
        })).StatusCode);
        var draft = await Problems.AssertOkAsync(await author.PostAsJsonAsync($"{Provincial}/2027", new { }));
        var version = draft.GetProperty("version").GetInt32();
        var exported = await author.GetAsync("/api/v1/metadata/export.json");
        var package = await exported.Content.ReadAsStringAsync();
        var admin = target.Client(await target.TokenForAsync(Role.NationalAdministrator, user: "quan.tri.dich"));

        var dry = await Problems.AssertOkAsync(await admin.PostAsync($"{Import}?dryRun=true", Json(package)));
        var absentAfterDryRun = await admin.GetAsync("/api/v1/indicators/PRV.META_IN");
        var imported = await Problems.AssertOkAsync(await admin.PostAsync(Import, Json(package)));
        var again = await Problems.AssertOkAsync(await admin.PostAsync(Import, Json(package)));
        var copied = await Problems.AssertOkAsync(await admin.GetAsync($"{Provincial}/2027?version={version}"));
        var group = await Problems.AssertOkAsync(await admin.GetAsync("/api/v1/unit-groups/DUYEN_HAI_THU"));
        var audited = await target.QueryAsync(db => db.RecordChanges.Where(c => c.Subject == "metadata").Select(c => c.ChangedBy).ToListAsync());
        await Problems.AssertOkAsync(await admin.PutAsJsonAsync("/api/v1/values/PRV.META_IN/P01/2025Q1", new { value = 21 }));

        Assert.Equal(HttpStatusCode.OK, exported.StatusCode);
        Assert.Contains("attachment", exported.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
        Assert.Contains("Duyên hải thử nghiệm", package, StringComparison.Ordinal); // Vietnamese written as itself
        var expected = new[]
        {
            "unitGroups DUYEN_HAI_THU Create", "indicators PRV.META_IN Create", "indicators PRV.META_DOUBLE Create",
            "targets PRV.META_IN/Province/2030-12-31 Create", $"methodologies DTI-PRV/2027/v{version} Create",
        };
        Assert.Equal(expected, Changes(dry));
        Assert.Equal((true, false, 0), (dry.GetProperty("dryRun").GetBoolean(), dry.GetProperty("applied").GetBoolean(), dry.GetProperty("conflicts").EnumerateObject().Count()));
        Assert.True(dry.GetProperty("unchanged").GetInt32() > 100, dry.GetProperty("unchanged").ToString()); // the shared seed
        Assert.Equal(HttpStatusCode.NotFound, absentAfterDryRun.StatusCode);
        Assert.Equal(expected, Changes(imported));
        Assert.True(imported.GetProperty("applied").GetBoolean());
        Assert.Empty(Changes(again));
        Assert.Equal(dry.GetProperty("unchanged").GetInt32() + expected.Length, again.GetProperty("unchanged").GetInt32());
        Assert.Equal(draft.GetProperty("hash").GetString(), copied.GetProperty("hash").GetString()); // the same methodology, to the byte
        Assert.Equal(["P01", "P46"], group.GetProperty("members").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(["quan.tri.dich"], audited);
        await Eventually.MatchAsync(async () => await (await admin.GetAsync("/api/v1/rollups/PRV.META_DOUBLE/2025Q1?asOf=2025-03-31")).Content.ReadAsStringAsync(),
            body => body.Contains("\"unit\":\"P01\"", StringComparison.Ordinal) && body.Contains("\"value\":42", StringComparison.Ordinal),
            "the imported computed indicator in the running engine");
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_package_with_a_conflict_is_refused_whole_each_conflict_named_and_a_dry_run_lists_them_beside_the_changes(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst, user: "phan.tich.xung.dot"));
        var admin = app.Client(await app.TokenForAsync(Role.NationalAdministrator, user: "quan.tri.xung.dot"));
        await ReportSmartphonesAsync(analyst);
        var package = JsonNode.Parse(await analyst.GetStringAsync("/api/v1/metadata/export.json"))!.AsObject();
        var fresh = $"PRV.META_NEW_{provider.ToString().ToUpperInvariant()}";
        var indicators = package["indicators"]!.AsArray();
        indicators.Single(i => (string?)i!["indicator"]!["code"] == "PRV.FIBRE_HOUSEHOLDS_RATE")!["indicator"]!["periodType"] = "Year";
        indicators.Add(new JsonObject { ["indicator"] = JsonSerializer.SerializeToNode(Indicator(fresh)) });
        var methodologies = package["methodologies"]!.AsArray();
        var adopted2024 = methodologies.Single(m => (string?)m!["index"] == "DTI-PRV" && (int)m!["year"]! == 2024 && (int)m!["version"]! == 1)!;
        adopted2024["status"] = "Draft";
        package["methodologies"] = new JsonArray(adopted2024.DeepClone());
        package["targets"] = null;
        package["unitGroups"] = null;

        var dry = await Problems.AssertOkAsync(await admin.PostAsync($"{Import}?dryRun=true", Json(package.ToJsonString())));
        var refused = await admin.PostAsync(Import, Json(package.ToJsonString()));
        var problem = await Problems.AssertProblemAsync(refused, HttpStatusCode.UnprocessableEntity);
        var stored = await admin.GetAsync($"/api/v1/indicators/{fresh}");
        var fibre = await Problems.AssertOkAsync(await admin.GetAsync("/api/v1/indicators/PRV.FIBRE_HOUSEHOLDS_RATE"));

        Assert.Contains($"indicators {fresh} Create", Changes(dry));
        Assert.False(dry.GetProperty("applied").GetBoolean());
        var conflicts = dry.GetProperty("conflicts");
        Assert.True(conflicts.TryGetProperty("methodologies[DTI-PRV/2024/v1].status", out var status), dry.ToString());
        Assert.Contains("Adopted", status[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(conflicts.EnumerateObject().Select(c => c.Name).Order(), problem.GetProperty("errors").EnumerateObject().Select(c => c.Name).Order());
        Assert.Equal(HttpStatusCode.NotFound, stored.StatusCode); // all or nothing: the valid new indicator was not kept either
        Assert.Equal("Quarter", fibre.GetProperty("periodType").GetString());
        Assert.Equal("Adopted", (await Problems.AssertOkAsync(await admin.GetAsync($"{Provincial}/2024?version=1"))).GetProperty("status").GetString());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_workbook_imports_back_with_edits_made_in_a_spreadsheet_and_a_cell_it_cannot_read_is_named_by_sheet_row_and_column(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst, user: "phan.tich.bang.tinh"));
        var admin = app.Client(await app.TokenForAsync(Role.NationalAdministrator, user: "quan.tri.bang.tinh"));
        var workbook = await analyst.GetByteArrayAsync("/api/v1/metadata/export.xlsx");
        var renamed = $"Tỷ lệ hộ gia đình có cáp quang ({provider})";
        var edited = Edit(workbook, "Chỉ tiêu", "PRV.FIBRE_HOUSEHOLDS_RATE", "nameVi", renamed.Normalize(NormalizationForm.FormD));
        var broken = Edit(workbook, "Mục tiêu", null, "value", "nhiều");

        var dry = await Problems.AssertOkAsync(await admin.PostAsync($"{Import}?dryRun=true", Xlsx(edited)));
        var imported = await Problems.AssertOkAsync(await admin.PostAsync(Import, Xlsx(edited)));
        var shown = await Problems.AssertOkAsync(await admin.GetAsync("/api/v1/indicators/PRV.FIBRE_HOUSEHOLDS_RATE"));
        var unreadable = await admin.PostAsync(Import, Xlsx(broken));

        Assert.Equal(["indicators PRV.FIBRE_HOUSEHOLDS_RATE Update"], Changes(dry));
        Assert.Equal(["indicator.nameVi"], dry.GetProperty("changes")[0].GetProperty("fields").EnumerateArray().Select(f => f.GetString()));
        Assert.True(imported.GetProperty("applied").GetBoolean());
        Assert.Equal(renamed, shown.GetProperty("nameVi").GetString()); // composed again (NFC) on the way in
        await Problems.AssertFieldErrorAsync(unreadable, HttpStatusCode.BadRequest, "Mục tiêu: row 2, column C (value)", "nhiều");
    }

    [Fact]
    public async Task Only_national_staff_export_and_only_administrators_import()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var officer = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P01", user: "can.bo.goi"));
        var leader = app.Client(await app.TokenForAsync(Role.Leader, "P01", user: "lanh.dao.goi"));
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst, user: "phan.tich.goi"));
        var package = await analyst.GetStringAsync("/api/v1/metadata/export.json");

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Client().GetAsync("/api/v1/metadata/export.json")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/api/v1/metadata/export.xlsx")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.GetAsync("/api/v1/metadata/export.json")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.PostAsync($"{Import}?dryRun=true", Json(package))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsync(Import, Json(package))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Client("dxm_forged-token-0000000000000000000000000").PostAsync(Import, Json(package))).StatusCode);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_file_that_is_not_a_package_is_a_clear_problem(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var admin = app.Client(await app.TokenForAsync(Role.NationalAdministrator, user: "quan.tri.tep.sai"));

        await Problems.AssertFieldErrorAsync(await admin.PostAsync(Import, Json("{\"format\":\"dxmonitor-metadata\",\"indicators\":[{\"indicator\":5}]}")),
            HttpStatusCode.BadRequest, "indicators[0].indicator", "");
        await Problems.AssertFieldErrorAsync(await admin.PostAsync(Import, Json("{\"format\":\"something-else\"}")),
            HttpStatusCode.UnprocessableEntity, "format", "dxmonitor-metadata");
        await Problems.AssertFieldErrorAsync(await admin.PostAsync(Import, Json("{\"format\":\"dxmonitor-metadata\",\"formatVersion\":9}")),
            HttpStatusCode.UnprocessableEntity, "formatVersion", "9");
        await Problems.AssertFieldErrorAsync(await admin.PostAsync(Import, Json("{\"unitGroups\":[{\"code\":\"NHOM_X\",\"nameVi\":\"X\",\"nameEn\":\"X\",\"members\":[\"P01\"]},{\"code\":\"NHOM_X\",\"nameVi\":\"X\",\"nameEn\":\"X\"}]}")),
            HttpStatusCode.UnprocessableEntity, "unitGroups[NHOM_X]", "2");
        await Problems.AssertFieldErrorAsync(await admin.PostAsync(Import, Json("{\"unitGroups\":[{\"code\":\"NHOM_Y\",\"nameVi\":\"Y\",\"nameEn\":\"Y\",\"members\":[\"P01\",\"NO_SUCH\"]}]}")),
            HttpStatusCode.UnprocessableEntity, "unitGroups[NHOM_Y].members[1]", "NO_SUCH");
        Assert.Equal(0, await app.QueryAsync(db => db.UnitGroups.CountAsync(g => g.Code == "NHOM_X" || g.Code == "NHOM_Y")));
    }

    internal static object Indicator(string code, string? formula = null) => new
    {
        code,
        nameVi = $"Chỉ tiêu gói {code}",
        nameEn = $"Package indicator {code}",
        definitionVi = "Định nghĩa có dấu.",
        definitionEn = "A definition.",
        unitOfMeasureVi = "thuê bao",
        unitOfMeasureEn = "subscriptions",
        valueType = "Number",
        reportingLevels = new[] { "Province" },
        periodType = "Quarter",
        aggregation = "Sum",
        timeAggregation = "Last",
        direction = "HigherIsBetter",
        minimum = 0,
        formula,
    };

    internal static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static ByteArrayContent Xlsx(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return content;
    }

    internal static List<string> Changes(JsonElement report) =>
        [.. report.GetProperty("changes").EnumerateArray().Select(c => $"{c.GetProperty("section").GetString()} {c.GetProperty("key").GetString()} {c.GetProperty("action").GetString()}")];

    /// <summary>The workbook with one cell typed over: in the row whose first cell is <paramref name="rowKey"/> (null: the first data row), the column whose header ends in "(field)".</summary>
    private static byte[] Edit(byte[] workbook, string sheetName, string? rowKey, string field, string text)
    {
        using var book = new XLWorkbook(new MemoryStream(workbook));
        var sheet = book.Worksheet(sheetName);
        var column = sheet.Row(1).CellsUsed().Single(c => c.GetString().EndsWith($"({field})", StringComparison.Ordinal)).Address.ColumnNumber;
        var row = rowKey is null ? 2 : sheet.Column(1).CellsUsed().Single(c => c.GetString() == rowKey).Address.RowNumber;
        sheet.Cell(row, column).SetValue(text);
        using var saved = new MemoryStream();
        book.SaveAs(saved);
        return saved.ToArray();
    }
}
