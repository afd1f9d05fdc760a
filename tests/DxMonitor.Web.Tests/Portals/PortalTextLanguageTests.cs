using System.Net;
using System.Net.Http.Json;
using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.Infrastructure;

namespace DxMonitor.Web.Tests.Portals;

/// <summary>A portal registration's problems read in Vietnamese by default and in English on request.</summary>
public sealed class PortalTextLanguageTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    [Fact]
    public async Task A_bad_registration_is_explained_in_Vietnamese_by_default_and_in_English_on_request()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var token = await app.TokenForAsync(Role.NationalAnalyst, user: "cuc.cds.cong");
        var body = new { unit = "P99", url = "https://dichvucong.hanoi.gov.vn/", kind = "Website" };

        var vietnamese = await Problems.AssertProblemAsync(await app.Client(token, language: null).PostAsJsonAsync("/api/v1/portals", body), HttpStatusCode.BadRequest);
        var english = await Problems.AssertProblemAsync(await app.Client(token).PostAsJsonAsync("/api/v1/portals", body), HttpStatusCode.BadRequest);

        Assert.Equal("Thông tin cổng không hợp lệ; chưa đăng ký.", vietnamese.GetProperty("title").GetString());
        Assert.Equal("Không có đơn vị nào mang mã 'P99'.", vietnamese.GetProperty("errors").GetProperty("unit")[0].GetString());
        Assert.Equal("'Website' không phải là loại cổng: dùng một trong các giá trị PublicServicePortal, OneStopSystem.",
            vietnamese.GetProperty("errors").GetProperty("kind")[0].GetString());
        Assert.Equal("Invalid portal; nothing was registered.", english.GetProperty("title").GetString());
        Assert.Equal("No unit has the code 'P99'.", english.GetProperty("errors").GetProperty("unit")[0].GetString());
    }

    [Fact]
    public async Task Registering_an_address_twice_is_a_conflict_told_in_Vietnamese()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var client = app.Client(await app.TokenForAsync(Role.NationalAnalyst, user: "cuc.cds.cong.2"), language: null);
        var body = new { unit = "M-MOFA", url = "https://dichvucong.mofa.gov.vn/ngon-ngu", kind = "PublicServicePortal" };
        await Problems.AssertOkAsync(await client.PostAsJsonAsync("/api/v1/portals", body));

        var conflict = await Problems.AssertProblemAsync(await client.PostAsJsonAsync("/api/v1/portals", body), HttpStatusCode.Conflict);

        Assert.Equal("Đã đăng ký", conflict.GetProperty("title").GetString());
        Assert.Equal("Đơn vị M-MOFA đã đăng ký địa chỉ https://dichvucong.mofa.gov.vn/ngon-ngu.", conflict.GetProperty("detail").GetString());
    }
}
