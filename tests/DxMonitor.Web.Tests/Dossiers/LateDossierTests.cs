using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ClosedXML.Excel;
using DxMonitor.Data;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static DxMonitor.Web.Tests.Dossiers.DossierFiles;

namespace DxMonitor.Web.Tests.Dossiers;

public sealed class LateDossierTests
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Late_dossiers_are_listed_with_days_overdue_and_the_unit_explains_them(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var officer = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P01", user: "can.bo.ha.noi"));
        Assert.Equal(HttpStatusCode.OK, (await UploadAsync(officer, SampleCsv("P01"))).StatusCode);

        var late = await officer.GetFromJsonAsync<JsonElement>("/api/v1/dossiers/late?unit=P01");
        var resolved = await officer.GetFromJsonAsync<JsonElement>("/api/v1/dossiers/late?open=false&period=2025Q2");
        const string payload = "Thiếu hồ sơ đất đai <script>alert(1)</script>'; DROP TABLE dossiers; --";
        var explained = await officer.PutAsJsonAsync("/api/v1/dossiers/P01/C/explanation", new { reason = payload, remedy = "Bổ sung cán bộ một cửa" });
        var onTime = await officer.PutAsJsonAsync("/api/v1/dossiers/P01/A/explanation", new { reason = "x", remedy = "y" });
        var empty = await officer.PutAsJsonAsync("/api/v1/dossiers/P01/D/explanation", new { reason = " ", remedy = "y" });
        var unexplained = await officer.GetFromJsonAsync<JsonElement>("/api/v1/dossiers/late?explained=false");
        var search = await officer.GetFromJsonAsync<JsonElement>("/api/v1/dossiers/late?search=ha noi&explained=true");

        // Late: C (resolved 1 day 15 hours late: 2 days), E (resolved late), D and G (open past due).
        var ids = late.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("dossierId").GetString()).ToList();
        Assert.Equal(["C", "D", "E", "G"], ids.Order());
        var c = late.GetProperty("items").EnumerateArray().Single(d => d.GetProperty("dossierId").GetString() == "C");
        Assert.Equal(2, c.GetProperty("daysOverdue").GetInt32());
        Assert.Equal(["C", "E"], resolved.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("dossierId").GetString()).Order());
        Assert.Equal(HttpStatusCode.OK, explained.StatusCode);
        await Problems.AssertFieldErrorAsync(onTime, HttpStatusCode.UnprocessableEntity, "dossierId", "is not late");
        await Problems.AssertFieldErrorAsync(empty, HttpStatusCode.BadRequest, "reason", "required");
        Assert.Equal(["D", "E", "G"], unexplained.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("dossierId").GetString()).Order());
        var found = Assert.Single(search.GetProperty("items").EnumerateArray());
        Assert.Equal(payload, found.GetProperty("reason").GetString());
        Assert.Equal("can.bo.ha.noi", found.GetProperty("explainedBy").GetString());
        Assert.Equal(4, await app.QueryAsync(db => db.Dossiers.CountAsync(d => d.UnitId == db.Units.Single(u => u.Code == "P01").Id && d.Number != "A" && d.Number != "B" && d.Number != "F")));

        var csv = await officer.GetByteArrayAsync("/api/v1/dossiers/late/export.csv?unit=P01");
        var xlsx = await officer.GetByteArrayAsync("/api/v1/dossiers/late/export.xlsx?unit=P01&explained=true");
        Assert.Equal([0xEF, 0xBB, 0xBF], csv[..3]);
        var text = Encoding.UTF8.GetString(csv, 3, csv.Length - 3);
        Assert.StartsWith("Mã đơn vị,Đơn vị,Mã hồ sơ", text, StringComparison.Ordinal);
        Assert.Contains("Thành phố Hà Nội", text, StringComparison.Ordinal);
        using var workbook = new XLWorkbook(new MemoryStream(xlsx));
        var sheet = workbook.Worksheets.First();
        Assert.Equal("Số ngày quá hạn", sheet.Cell(1, 10).GetString());
        Assert.Equal("C", sheet.Cell(2, 3).GetString());
        Assert.Equal(payload, sheet.Cell(2, 12).GetString());
    }
}
