using System.Net;
using System.Net.Http.Json;
using DxMonitor.Data;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.ImportExport;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Tests.Procedures;

public sealed class ProcedureCatalogueTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    private static Task<HttpResponseMessage> ImportAsync(HttpClient client, string fileName, byte[] bytes) =>
        ImportFiles.UploadToAsync(client, "/api/v1/procedures/import", fileName, bytes);

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_officer_publishes_its_units_procedure_in_versions_that_anyone_reads_as_of_a_date(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var officer = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P46", user: "so.hue.thu.tuc"));

        var first = await Problems.AssertOkAsync(await officer.PutAsJsonAsync("/api/v1/procedures/P46/1.009994", new
        {
            name = "Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ",
            onlineLevel = "một phần",
            hasFee = true,
            paperResult = true,
            timeLimitDays = 15,
            validFrom = "2024-01-01",
        }));
        await Problems.AssertOkAsync(await officer.PutAsJsonAsync("/api/v1/procedures/P46/1.009994", new
        {
            name = "Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ",
            onlineLevel = "full",
            hasFee = true,
            paperResult = false,
            timeLimitDays = 10,
            validFrom = "2025-07-01",
        }));
        var versions = await Problems.AssertOkAsync(await app.Client().GetAsync("/api/v1/procedures/P46/1.009994"));
        var before = await Problems.AssertOkAsync(await app.Client().GetAsync("/api/v1/procedures?unit=P46&on=2025-06-30&search=giay phep xay dung"));
        var after = await Problems.AssertOkAsync(await app.Client().GetAsync("/api/v1/procedures?unit=P46&on=2025-07-01"));

        Assert.Equal(("Partial", 15, true), (first.GetProperty("onlineLevel").GetString(), first.GetProperty("timeLimitDays").GetInt32(), first.GetProperty("workingDays").GetBoolean()));
        Assert.Equal(["2024-01-01", "2025-07-01"], versions.EnumerateArray().Select(v => v.GetProperty("validFrom").GetString()));
        Assert.Equal("2025-07-01", versions[0].GetProperty("validTo").GetString());
        Assert.Equal(15, Assert.Single(before.GetProperty("items").EnumerateArray()).GetProperty("timeLimitDays").GetInt32());
        var current = Assert.Single(after.GetProperty("items").EnumerateArray());
        Assert.Equal(("Full", 10, "Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ"),
            (current.GetProperty("onlineLevel").GetString(), current.GetProperty("timeLimitDays").GetInt32(), current.GetProperty("name").GetString()));

        var retired = await Problems.AssertOkAsync(await officer.PostAsJsonAsync("/api/v1/procedures/P46/1.009994/retire", new { on = "2026-01-01" }));
        Assert.Equal("2026-01-01", retired[1].GetProperty("validTo").GetString());
        Assert.Empty((await Problems.AssertOkAsync(await app.Client().GetAsync("/api/v1/procedures?unit=P46&on=2026-01-01"))).GetProperty("items").EnumerateArray());

        var changes = await app.QueryAsync(db => db.RecordChanges.Where(c => c.Subject.StartsWith("procedure/") && c.Subject.Contains("/1.009994/")).OrderBy(c => c.Id).ToListAsync());
        Assert.Equal(["Created", "Created", "Updated", "Updated"], changes.Select(c => c.Action));
        Assert.All(changes, c => Assert.Equal("so.hue.thu.tuc", c.ChangedBy));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Another_units_officer_and_the_public_cannot_write_and_bad_terms_name_their_field(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var other = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P01", user: "so.ha.noi.thu.tuc"));
        var officer = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P48"));
        var body = new { name = "Đăng ký khai sinh", onlineLevel = "full", timeLimitDays = 1 };

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Client().PutAsJsonAsync("/api/v1/procedures/P48/1.001193", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PutAsJsonAsync("/api/v1/procedures/P48/1.001193", body)).StatusCode);
        var bad = await Problems.AssertProblemAsync(await officer.PutAsJsonAsync("/api/v1/procedures/P48/1.001193",
            new { name = " ", onlineLevel = "trực tiếp", timeLimitDays = -2, validFrom = "01/07/2025" }), HttpStatusCode.UnprocessableEntity);
        var errors = bad.GetProperty("errors");
        Assert.Equal(["name", "onlineLevel", "timeLimitDays", "validFrom"], errors.EnumerateObject().Select(e => e.Name).Order());
        Assert.Equal(0, await app.QueryAsync(db => db.Procedures.CountAsync(p => p.Code == "1.001193")));
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client().GetAsync("/api/v1/procedures/P48/1.001193")).StatusCode);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_catalogue_file_with_Vietnamese_headers_is_imported_whole_or_not_at_all(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var officer = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P56", user: "so.khanh.hoa"));
        // The Vietnamese headers, quoted because one holds a comma.
        var quoted = "\"Mã đơn vị\",\"Mã thủ tục\",\"Tên thủ tục\",\"Mức trực tuyến\",\"Có phí, lệ phí\",\"Trả kết quả bản giấy\",\"Thời hạn giải quyết (ngày)\",\"Tính theo ngày làm việc\",\"Ngày công bố\"";

        var broken = await Problems.AssertProblemAsync(await ImportAsync(officer, "thu-tuc.csv", ImportFiles.Csv(quoted,
            "P56,2.000908,Chứng thực bản sao từ bản chính,toàn trình,có,không,0,có,2025-07-01",
            "P56,1.003003,Đăng ký thường trú,một phần,không,không,bảy,có,2025-07-01",
            "P56,1.004227,Cấp phiếu lý lịch tư pháp,mọi lúc,có,có,10,có,2025-07-01",
            "P01,1.000001,Thủ tục của Hà Nội,full,no,no,5,yes,2025-07-01")), HttpStatusCode.UnprocessableEntity);
        var errors = broken.GetProperty("errors");
        Assert.True(errors.TryGetProperty("row 3, column G (time_limit_days)", out _), errors.ToString());
        Assert.Equal(0, await app.QueryAsync(db => db.Procedures.CountAsync(p => p.Code == "2.000908")));

        var wrongPlace = await Problems.AssertProblemAsync(await ImportAsync(officer, "thu-tuc.csv", ImportFiles.Csv(quoted,
            "P56,2.000908,Chứng thực bản sao từ bản chính,toàn trình,có,không,0,có,2025-07-01",
            "P56,1.004227,Cấp phiếu lý lịch tư pháp,mọi lúc,có,có,10,có,2025-07-01")), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("'mọi lúc'", wrongPlace.GetProperty("errors").GetProperty("row 3, column D (online_level)")[0].GetString(), StringComparison.Ordinal);

        var forbidden = await ImportAsync(officer, "thu-tuc.csv", ImportFiles.Csv(quoted,
            "P56,2.000908,Chứng thực bản sao từ bản chính,toàn trình,có,không,0,có,2025-07-01",
            "P01,1.000001,Thủ tục của Hà Nội,full,no,no,5,yes,2025-07-01"));
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(0, await app.QueryAsync(db => db.Procedures.CountAsync(p => p.Code == "2.000908")));

        var done = await Problems.AssertOkAsync(await ImportAsync(officer, "thu-tuc.csv", ImportFiles.Csv(quoted,
            "P56,2.000908,Chứng thực bản sao từ bản chính,toàn trình,có,không,0,có,2025-07-01",
            "P56,1.004227,\"Cấp phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài\",một phần,có,có,10,có,2025-07-01")));
        Assert.Equal((2, 2, 0), (done.GetProperty("rows").GetInt32(), done.GetProperty("created").GetInt32(), done.GetProperty("updated").GetInt32()));
        var listed = await Problems.AssertOkAsync(await app.Client().GetAsync("/api/v1/procedures?unit=P56&on=2025-08-01&search=ly lich tu phap"));
        var item = Assert.Single(listed.GetProperty("items").EnumerateArray());
        Assert.Equal("Cấp phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài", item.GetProperty("name").GetString());
        Assert.Equal((true, true, "Partial"), (item.GetProperty("hasFee").GetBoolean(), item.GetProperty("paperResult").GetBoolean(), item.GetProperty("onlineLevel").GetString()));
    }
}
