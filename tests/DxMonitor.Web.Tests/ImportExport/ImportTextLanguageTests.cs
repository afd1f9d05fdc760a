using System.Net;
using System.Text.Json;
using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.Infrastructure;
using static DxMonitor.Web.Tests.ImportExport.ImportFiles;

namespace DxMonitor.Web.Tests.ImportExport;

/// <summary>A value import's problems read in Vietnamese by default and in English on request; the cell addresses stay as they are.</summary>
public sealed class ImportTextLanguageTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    private static readonly byte[] BadRow = Csv(Header, "PRV.MOBILE_SUBSCRIBERS,P01,2023Q3,1500,", "PRV.MOBILE_SUBSCRIBERS,P22,2023Q3,abc,", "PRV.HOUSEHOLDS,P22,2023Q3,\"9,000\",");

    private static async Task<(string? Title, string[] Messages)> ProblemAsync(HttpResponseMessage response, HttpStatusCode status, string field)
    {
        var problem = await Problems.AssertProblemAsync(response, status);
        var messages = problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(m => m.GetString()!).ToArray();
        return (problem.GetProperty("title").GetString(), messages);
    }

    [Fact]
    public async Task A_bad_row_is_named_in_Vietnamese_by_default_and_in_English_on_request()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var token = await app.TokenForAsync(Role.NationalAnalyst, user: "cuc.cds.nhap.lieu");

        var vietnamese = await ProblemAsync(await UploadAsync(app.Client(token, language: null), "values.csv", BadRow), HttpStatusCode.UnprocessableEntity, "row 3, column D (value)");
        var comma = await ProblemAsync(await UploadAsync(app.Client(token, language: null), "values.csv", BadRow), HttpStatusCode.UnprocessableEntity, "row 4, column D (value)");
        var english = await ProblemAsync(await UploadAsync(app.Client(token), "values.csv", BadRow), HttpStatusCode.UnprocessableEntity, "row 3, column D (value)");

        Assert.Equal("Có dòng không hợp lệ; chưa lưu dữ liệu nào.", vietnamese.Title);
        Assert.Equal(["'abc' không phải là số."], vietnamese.Messages);
        Assert.Contains("viết phần thập phân bằng dấu chấm", Assert.Single(comma.Messages), StringComparison.Ordinal);
        Assert.Equal("Invalid rows; nothing was stored.", english.Title);
        Assert.Equal(["'abc' is not a number."], english.Messages);
    }

    [Fact]
    public async Task A_wrong_header_and_an_unreadable_file_are_explained_in_Vietnamese()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var client = app.Client(await app.TokenForAsync(Role.NationalAnalyst, user: "cuc.cds.tieu.de"), language: null);

        var header = await UploadAsync(client, "values.csv", Csv("Mã chỉ tiêu,Mã đơn vị,Kỳ,Giá trị", "PRV.MOBILE_SUBSCRIBERS,P01,2022Q4,1"));
        var (title, messages) = await ProblemAsync(header, HttpStatusCode.BadRequest, "row 1, column C");
        var missing = (await ProblemAsync(await UploadAsync(client, "values.csv", Csv("Mã chỉ tiêu,Mã đơn vị,Kỳ,Giá trị", "x")), HttpStatusCode.BadRequest, "columns")).Messages;
        var empty = await Problems.AssertProblemAsync(await UploadAsync(client, "values.csv", Csv(Header)), HttpStatusCode.BadRequest);

        Assert.Equal("Sai cột; chưa lưu dữ liệu nào.", title);
        Assert.StartsWith("Cột 'Kỳ' không xác định. Các cột hợp lệ: Mã chỉ tiêu, Tên chỉ tiêu,", Assert.Single(messages), StringComparison.Ordinal);
        Assert.Equal(["Thiếu cột: Kỳ báo cáo (period)."], missing);
        Assert.Equal("Tệp có dòng tiêu đề nhưng không có dòng dữ liệu nào.", empty.GetProperty("detail").GetString());
    }
}
