using System.Net;
using System.Net.Http.Json;
using System.Reflection;
using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Domain.Tests.Dossiers;
using DxMonitor.Domain.Tests.Text;
using DxMonitor.Web.Tests.Infrastructure;
using static DxMonitor.Web.Tests.Dossiers.DossierFiles;

namespace DxMonitor.Web.Tests.Api;

/// <summary>
/// The web's and the data layer's texts: each Vietnamese text has an English one; a program gets Vietnamese
/// unless it asks for English with Accept-Language, a person in a browser gets Vietnamese whatever it announces.
/// </summary>
public sealed class WebTextsTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    private const string Password = "Mật-Khẩu-Văn-Bản-2026";
    private static readonly Assembly[] Assemblies = [typeof(Program).Assembly, typeof(DxDbContext).Assembly];

    public static TheoryData<string, string> Sets()
    {
        var sets = new TheoryData<string, string>();
        foreach (var assembly in Assemblies)
        {
            foreach (var set in Translations.Sets(assembly))
            {
                sets.Add(assembly.GetName().Name!, set);
            }
        }
        return sets;
    }

    [Fact]
    public void The_web_and_the_data_layer_have_texts()
    {
        Assert.Contains(Sets(), row => (string)row[1] == "DxMonitor.Web.Resources.ApiText");
        Assert.Contains(Sets(), row => (string)row[1] == "DxMonitor.Data.Resources.IngestText");
    }

    [Theory, MemberData(nameof(Sets))]
    public void Every_Vietnamese_text_has_an_English_one_with_the_same_placeholders(string assembly, string set) =>
        Translations.AssertEveryTextTranslated(Assemblies.Single(a => a.GetName().Name == assembly), set);

    [Fact]
    public async Task A_bad_dossier_upload_is_answered_in_Vietnamese_unless_the_program_asks_for_English()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var token = await app.TokenForAsync(Role.NationalAnalyst);
        var csv = Csv(Header, Line(SampleDossiers.Fields[0] with { Unit = "XYZ" }), Line(SampleDossiers.Fields[1] with { ReceivedAt = "hôm qua" }));

        var vietnamese = await Problems.AssertProblemAsync(await UploadAsync(app.Client(token, language: null), csv), HttpStatusCode.UnprocessableEntity);
        var english = await Problems.AssertProblemAsync(await UploadAsync(app.Client(token), csv), HttpStatusCode.UnprocessableEntity);

        Assert.Equal("Có dòng không hợp lệ; chưa có dữ liệu nào được lưu.", vietnamese.GetProperty("title").GetString());
        Assert.StartsWith("Đã đọc 2 dòng, có ", vietnamese.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("Không có đơn vị nào mang mã 'XYZ'.", Error(vietnamese, "row 2, column B (unit)"));
        Assert.StartsWith("'hôm qua' không phải là thời điểm", Error(vietnamese, "row 3, column F (received_at)"), StringComparison.Ordinal);
        Assert.Equal("Invalid rows; nothing was stored.", english.GetProperty("title").GetString());
        Assert.StartsWith("2 rows read, ", english.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("No unit has the code 'XYZ'.", Error(english, "row 2, column B (unit)"));
    }

    [Fact]
    public async Task Wrong_columns_and_unreadable_input_are_told_in_Vietnamese_by_default()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var client = app.Client(await app.TokenForAsync(Role.NationalAnalyst), language: null);

        var columns = await Problems.AssertProblemAsync(await UploadAsync(client, Csv("cot_la,unit")), HttpStatusCode.BadRequest);
        var binary = await Problems.AssertProblemAsync(await UploadAsync(client, [.. "dossier_id\0"u8]), HttpStatusCode.BadRequest);
        var media = await Problems.AssertProblemAsync(await StreamAsync(client, new MemoryStream([1]), "text/plain"), HttpStatusCode.UnsupportedMediaType);

        Assert.Equal("Sai cột; chưa có dữ liệu nào được lưu.", columns.GetProperty("title").GetString());
        Assert.StartsWith("Không có cột 'cot_la'.", Error(columns, "row 1, column A"), StringComparison.Ordinal);
        Assert.StartsWith("Thiếu các cột: ", Error(columns, "columns"), StringComparison.Ordinal);
        Assert.Equal("Không đọc được dữ liệu; chưa có dữ liệu nào được lưu.", binary.GetProperty("title").GetString());
        Assert.Equal("Dòng 1: dữ liệu không phải văn bản CSV (có chứa dữ liệu nhị phân).", binary.GetProperty("detail").GetString());
        Assert.Equal("Kiểu dữ liệu không được hỗ trợ", media.GetProperty("title").GetString());
    }

    public static TheoryData<string, string, string> CommonAnswers() => new()
    {
        { "/api/v1/units/ZZZ", "Không tìm thấy đơn vị", "Không có đơn vị nào mang mã 'ZZZ'." },
        { "/api/v1/indicators/ZZZ", "Không tìm thấy chỉ tiêu", "Không có chỉ tiêu nào mang mã 'ZZZ'." },
        { "/api/v1/targets/987654", "Không tìm thấy mục tiêu", "Không có mục tiêu nào có id 987654." },
        { "/api/v1/rankings/ZZZ/2024", "Chưa có xếp hạng", "Chỉ số ZZZ chưa có điểm cho năm 2024." },
        { "/api/v1/dashboards/units/ZZZ", "Không tìm thấy", "Không có đơn vị nào mang mã 'ZZZ'." },
        { "/api/v1/dossiers/figures?unit=P04&period=2025Q2", "Không thuộc đơn vị của bạn", "Bạn không được xem hồ sơ của đơn vị P04." },
    };

    [Theory, MemberData(nameof(CommonAnswers))]
    public async Task A_common_answer_is_in_Vietnamese_by_default(string path, string title, string detail)
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var client = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P01"), language: null);

        var response = await client.GetAsync(path);

        var problem = await Problems.AssertProblemAsync(response, response.StatusCode is HttpStatusCode.Forbidden ? HttpStatusCode.Forbidden : HttpStatusCode.NotFound);
        Assert.Equal((title, detail), (problem.GetProperty("title").GetString(), problem.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task Input_checks_and_the_framework_s_own_answers_are_in_Vietnamese_by_default()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var officer = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P01"), language: null);

        var paging = await Problems.AssertProblemAsync(await officer.GetAsync("/api/v1/dossiers/late?page=0"), HttpStatusCode.UnprocessableEntity);
        var periods = await Problems.AssertProblemAsync(await officer.GetAsync("/api/v1/periods?from=2024Q1&to=2024"), HttpStatusCode.UnprocessableEntity);
        var values = await officer.PostAsJsonAsync("/api/v1/values/batch", new { values = new[] { new { indicator = "ZZZ", unit = "P01", period = "2024", value = 1m } } });
        var rollup = await Problems.AssertProblemAsync(await officer.GetAsync("/api/v1/rollups/PRV.EGOV_ARCH_V2/2025M01"), HttpStatusCode.UnprocessableEntity);
        var alert = await Problems.AssertProblemAsync(await officer.PostAsync("/api/v1/alerts/987654/acknowledge", null), HttpStatusCode.NotFound);
        var users = await Problems.AssertProblemAsync(await officer.GetAsync("/api/v1/users"), HttpStatusCode.Forbidden);
        var unknownRoute = await Problems.AssertProblemAsync(await officer.GetAsync("/api/v1/no-such-thing"), HttpStatusCode.NotFound);
        var signedOut = await Problems.AssertProblemAsync(await app.Client(language: null).GetAsync("/api/v1/users"), HttpStatusCode.Unauthorized);

        Assert.Equal("Dữ liệu nhập không hợp lệ", paging.GetProperty("title").GetString());
        Assert.Equal("page phải từ 1 trở lên, không phải 0.", Error(paging, "page"));
        Assert.Equal("from (2024Q1) và to (2024) phải là các kỳ cùng loại.", Error(periods, "to"));
        await Problems.AssertFieldErrorAsync(values, HttpStatusCode.UnprocessableEntity, "values[0].indicator", "Không có chỉ tiêu nào mang mã 'ZZZ'.");
        Assert.Equal("Chỉ tiêu PRV.EGOV_ARCH_V2 được báo cáo theo quý, không theo tháng.", Error(rollup, "period"));
        Assert.Equal(("Không tìm thấy cảnh báo", "Không có cảnh báo 987654 trong các đơn vị của bạn."), (alert.GetProperty("title").GetString(), alert.GetProperty("detail").GetString()));
        Assert.Equal(("Không có quyền truy cập", "Chức năng này dành cho: Quản trị viên cấp quốc gia. Vai trò hiện tại của bạn: Cán bộ đơn vị."),
            (users.GetProperty("title").GetString(), users.GetProperty("detail").GetString()));
        Assert.Equal("Không tìm thấy", unknownRoute.GetProperty("title").GetString());
        Assert.Equal("Chưa đăng nhập hoặc mã truy cập không hợp lệ", signedOut.GetProperty("title").GetString());
        Assert.StartsWith("Hãy đăng nhập hoặc gửi mã truy cập API (Authorization: Bearer dxm_…)", signedOut.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Broken_annotations_unreadable_json_and_identity_s_problems_are_in_Vietnamese_by_default()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var admin = app.Client(await app.TokenForAsync(Role.NationalAdministrator), language: null);
        var english = app.Client(await app.TokenForAsync(Role.NationalAdministrator));
        var officer = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P01"), language: null);
        var user = new { userName = "nguoi.dung.moi", fullName = "", role = "NationalAnalyst", password = "ngan" };

        var annotations = await admin.PostAsJsonAsync("/api/v1/users", user);
        var annotationsInEnglish = await english.PostAsJsonAsync("/api/v1/users", user);
        var weakPassword = await admin.PostAsJsonAsync("/api/v1/users", user with { fullName = "Người Dùng Mới", password = "khongcochuso" });
        var json = await officer.PutAsync("/api/v1/values/PRV.DOSSIERS_TOTAL/P01/2025Q2", JsonContent.Create(new { value = "nhiều" }));

        await Problems.AssertFieldErrorAsync(annotations, HttpStatusCode.BadRequest, "fullName", "Trường FullName là bắt buộc.");
        await Problems.AssertFieldErrorAsync(annotations, HttpStatusCode.BadRequest, "password", "Trường Password phải dài từ 10 đến 200 ký tự.");
        await Problems.AssertFieldErrorAsync(annotationsInEnglish, HttpStatusCode.BadRequest, "fullName", "The FullName field is required.");
        await Problems.AssertFieldErrorAsync(weakPassword, HttpStatusCode.UnprocessableEntity, "password", "Mật khẩu phải có ít nhất một chữ số ('0'-'9').");
        await Problems.AssertFieldErrorAsync(json, HttpStatusCode.BadRequest, "value", "Giá trị JSON không chuyển được thành kiểu");
    }

    [Fact]
    public async Task A_person_signed_in_in_a_browser_is_answered_in_Vietnamese_whatever_language_the_browser_announces()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        await app.CreateUserAsync("can.bo.van.ban", Password, Role.UnitOfficer, "P01");
        var browser = CookieClient.For(app);
        (await CookieClient.SignInAsync(browser, "can.bo.van.ban", Password)).Dispose();
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var response = await browser.GetAsync("/api/v1/dossiers/figures?unit=P04&period=2025Q2");

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Equal("Không thuộc đơn vị của bạn", problem.GetProperty("title").GetString());
        Assert.Equal("Bạn không được xem hồ sơ của đơn vị P04.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_browser_s_form_without_its_antiforgery_token_is_refused_in_plain_Vietnamese()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var browser = CookieClient.For(app);
        browser.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var forged = await CookieClient.SignInAsync(browser, "admin", TestApp.AdminPassword, withToken: false);
        var wrongMethod = await browser.PutAsync("/dossiers", new StringContent("x"));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal("400 – Yêu cầu không hợp lệ\nBiểu mẫu đã hết hạn hoặc thiếu mã chống giả mạo; hãy tải lại trang rồi gửi lại.",
            (await forged.Content.ReadAsStringAsync()).ReplaceLineEndings("\n"));
        Assert.Equal("405 – Phương thức không được hỗ trợ", await wrongMethod.Content.ReadAsStringAsync());
    }

    private static string Error(System.Text.Json.JsonElement problem, string field) =>
        problem.GetProperty("errors").GetProperty(field)[0].GetString()!;
}
