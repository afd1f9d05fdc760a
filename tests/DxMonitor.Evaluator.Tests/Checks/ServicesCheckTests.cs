using DxMonitor.Evaluator.Grading;
using DxMonitor.Evaluator.Tests.Fixtures;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace DxMonitor.Evaluator.Tests.Checks;

/// <summary>The functions of Circular 21 found by what a citizen can do with them; pages read as fetched (the browser has its own tests).</summary>
public sealed class ServicesCheckTests
{
    /// <summary>A news portal: its headlines and menu name every service, and none can be used there.</summary>
    private const string NewsSite = """
        <!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Báo điện tử tỉnh Thử Nghiệm</title></head><body>
        <nav><a href="/tin-tuc/vneid">VNeID</a> <a href="/tin-tuc/tra-cuu-ho-so">Tra cứu hồ sơ</a> <a href="/lien-he">Liên hệ</a> <a href="mailto:">Góp ý</a></nav>
        <h2><a href="/tin-tuc/1">Đăng nhập bằng VNeID để nộp hồ sơ trực tuyến từ tháng 7</a></h2>
        <h2><a href="/tin-tuc/2">Tỉnh đẩy mạnh thanh toán trực tuyến phí, lệ phí</a></h2>
        <h3><a href="/tin-tuc/3">Hướng dẫn tra cứu hồ sơ, tìm kiếm thủ tục hành chính và biểu mẫu</a></h3>
        <h3><a href="/tin-tuc/4">Thống kê hồ sơ đúng hạn quý III đạt 98 %</a></h3>
        <p>Phản ánh kiến nghị của người dân được tiếp nhận qua đường dây nóng.</p>
        <form action="/tim-kiem"><label for="s">Tìm tin bài</label> <input id="s" name="s"> <button>Tìm</button></form>
        </body></html>
        """;

    [Fact]
    public async Task Every_function_found_is_recorded_with_the_exact_field_link_or_form_and_the_emc_code_with_its_site()
    {
        await using var site = await FixtureSite.PortalAsync(PortalPages.Home(), certificate: Certificates.Valid());
        await using var evaluator = TestEvaluator.Create();

        var evaluation = await evaluator.EvaluateAsync(site.Url, CancellationToken.None);

        Assert.Equal(100, evaluation.Score);
        var found = evaluation.Deductions.Where(d => d.CheckId == "services").ToDictionary(d => d.Code, d => d.Evidence.Element);
        Assert.Equal(7, found.Count);
        Assert.Equal("input#q <input id=\"q\" type=\"search\" name=\"q\">", found["found-procedure-search"]);
        Assert.Equal("input#ma <input id=\"ma\" name=\"maHoSo\">", found["found-dossier-status"]);
        Assert.StartsWith("html > body > main > form <form action=\"/nop-ho-so\" method=\"post\"", found["found-online-submission"], StringComparison.Ordinal);
        Assert.Equal("body > main > p > a <a href=\"https://sso.dancuquocgia.gov.vn/oauth2/authorize?client_id=thu-nghiem\">Đăng nhập bằng VNeID</a>",
            found["found-national-id-login"]);
        Assert.StartsWith("body > main > p > a <a href=\"https://thanhtoan.dichvucong.gov.vn/", found["found-online-payment"], StringComparison.Ordinal);
        Assert.Equal("textarea#nd <textarea id=\"nd\" name=\"noiDung\"></textarea>", found["found-feedback"]);
        Assert.StartsWith("html > body > main > table <table><caption>Tình hình giải quyết hồ sơ", found["found-statistics"], StringComparison.Ordinal);
        var emc = Assert.Single(evaluation.Deductions, d => d.CheckId == "emc");
        Assert.Equal("found-emc", emc.Code);
        Assert.Equal(["4242"], emc.Arguments);
    }

    [Fact]
    public async Task A_news_site_whose_headlines_name_every_service_gets_no_service_credit_and_no_better_than_a_c()
    {
        await using var site = await FixtureSite.PortalAsync(NewsSite, certificate: Certificates.Valid());
        await using var evaluator = TestEvaluator.Create();

        var evaluation = await evaluator.EvaluateAsync(site.Url, CancellationToken.None);

        var services = evaluation.Deductions.Where(d => d.CheckId == "services").ToList();
        Assert.DoesNotContain(services, d => d.Code.StartsWith("found-", StringComparison.Ordinal));
        Assert.Equal(7, services.Count(d => d.Code.StartsWith("missing-", StringComparison.Ordinal)));
        Assert.Contains(services, d => d.Code == "no-citizen-service");
        Assert.Equal(0, evaluation.Checks.Single(c => c.CheckId == "services").Points);
        Assert.True(evaluation.Score < 50, $"score {evaluation.Score}");
        Assert.Equal("E", evaluation.Grade);
    }

    [Fact]
    public async Task Without_any_citizen_service_a_configured_definition_that_weighs_services_lightly_still_gives_no_better_than_a_c()
    {
        var lenient = new GradingDefinition
        {
            Code = "lenient",
            Year = 2026,
            Bands = GradingDefinitions.Mic473Of2024().Bands,
            Ceilings = GradingDefinitions.Mic473Of2024().Ceilings,
            Groups =
            [
                new() { Id = "security", Points = 45, Checks = new() { ["tls"] = 0.5, ["headers"] = 0.5 } },
                new() { Id = "availability", Points = 45, Checks = new() { ["availability"] = 1 } },
                new() { Id = "functions", Points = 10, Checks = new() { ["services"] = 1 } },
            ],
        };
        await using var site = await FixtureSite.PortalAsync(NewsSite, certificate: Certificates.Valid());
        await using var evaluator = TestEvaluator.Create(configure: o => (o.GradingDefinition, o.CustomDefinitions) = ("lenient/2026", [lenient]));

        var evaluation = await evaluator.EvaluateAsync(site.Url, CancellationToken.None);

        Assert.Equal(("lenient/2026", 90.0), (evaluation.Definition, evaluation.Score));
        Assert.Equal("C", evaluation.Grade);
        Assert.Equal(["C", "no-citizen-service"], Assert.Single(evaluation.Deductions, d => d.Code == "grade-held").Arguments);
    }

    [Fact]
    public async Task A_portal_without_procedure_search_loses_a_seventh_of_the_functions_group()
    {
        await using var site = await FixtureSite.PortalAsync(PortalPages.Home(search: false), certificate: Certificates.Valid());
        await using var evaluator = TestEvaluator.Create();

        var evaluation = await evaluator.EvaluateAsync(site.Url, CancellationToken.None);

        var missing = Assert.Single(evaluation.Deductions, d => d.Points > 0);
        Assert.Equal(("services", "missing-procedure-search"), (missing.CheckId, missing.Code));
        Assert.Equal(["8"], missing.Arguments);
        Assert.Equal(8.71, missing.Points); // a seventh of 50 of the 82 points measured without the browser, rescaled
        Assert.Equal(91.3, evaluation.Score);
    }

    [Fact]
    public async Task A_search_form_on_a_crawled_procedures_page_counts_and_an_empty_mailto_is_no_feedback_channel()
    {
        var home = PortalPages.Home(search: false).Replace("<textarea id=\"nd\" name=\"noiDung\"></textarea>", "<a href=\"mailto:\">Gửi thư góp ý</a>", StringComparison.Ordinal);
        await using var site = await FixtureSite.PortalAsync(home, certificate: Certificates.Valid(), more: app => app.MapGet("/thu-tuc", () =>
            Results.Content("<html lang=\"vi\"><body><form><input name=\"keyword\" placeholder=\"Từ khóa\"><button>Tìm</button></form></body></html>", "text/html")));
        await using var evaluator = TestEvaluator.Create();

        var evaluation = await evaluator.EvaluateAsync(site.Url, CancellationToken.None);

        var search = Assert.Single(evaluation.Deductions, d => d.Code == "found-procedure-search");
        Assert.Equal(new Uri(site.Url, "/thu-tuc").ToString(), search.Evidence.Url);
        Assert.Equal("missing-feedback", Assert.Single(evaluation.Deductions, d => d.Points > 0).Code);
    }

    [Fact]
    public async Task A_portal_not_connected_to_emc_loses_the_emc_group()
    {
        await using var site = await FixtureSite.PortalAsync(PortalPages.Home(emc: false), certificate: Certificates.Valid());
        await using var evaluator = TestEvaluator.Create();

        var evaluation = await evaluator.EvaluateAsync(site.Url, CancellationToken.None);

        var emc = Assert.Single(evaluation.Deductions, d => d.Points > 0);
        Assert.Equal(("emc", "emc-missing", 6.1), (emc.CheckId, emc.Code, emc.Points)); // 5 of 82 points, rescaled
        Assert.Equal(("emc", 0.0), (evaluation.Groups[5].GroupId, evaluation.Groups[5].Points));
    }
}
