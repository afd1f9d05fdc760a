using System.Text.Json;
using DxMonitor.Cli;
using DxMonitor.Evaluator.Tests.Fixtures;

namespace DxMonitor.Evaluator.Tests.Cli;

public sealed class EvaluateCommandTests
{
    private static async Task<(int Code, string Output, string Errors)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var code = await EvaluateCommand.RunAsync(args, output, errors, CancellationToken.None);
        return (code, output.ToString(), errors.ToString());
    }

    private static string Config()
    {
        var file = Path.Combine(Path.GetTempPath(), $"dxmonitor-cli-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, $$"""
            { "Evaluator": { "UseBrowser": false, "Probes": 1, "RequestTimeout": "00:00:03", "SlowFirstByte": "00:00:05",
              "TrustedRootFiles": [ {{JsonSerializer.Serialize(Certificates.RootPemFile)}} ], "AllowedNetworks": [ "127.0.0.0/8" ] } }
            """);
        return file;
    }

    [Fact]
    public async Task Evaluate_prints_the_grade_and_every_deduction_with_its_evidence()
    {
        await using var site = await FixtureSite.PortalAsync(PortalPages.Home(search: false), PortalPages.SecureHeadersWithout("Strict-Transport-Security"), Certificates.Valid());

        var (code, output, _) = await RunAsync("evaluate", site.Url.ToString(), "--config", Config());

        Assert.Equal(0, code);
        Assert.Contains($"{site.Url}  grade B  score 89.0/100  mic-473/2024", output, StringComparison.Ordinal);
        Assert.Contains("-8.71  services/missing-procedure-search: Not found: Procedure search and look-up (tìm kiếm, tra cứu thủ tục) (looked on 8 pages)", output, StringComparison.Ordinal);
        Assert.Contains("-2.29  headers/hsts-missing: No Strict-Transport-Security (HSTS) header", output, StringComparison.Ordinal);
        Assert.Contains("header: Strict-Transport-Security", output, StringComparison.Ordinal);
        Assert.Contains("performance      not measured: headless Chromium is turned off in the configuration", output, StringComparison.Ordinal);
        Assert.Contains("functions        52.3 / 61.0", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_with_json_prints_a_machine_readable_evaluation_with_diacritics_kept()
    {
        await using var site = await FixtureSite.PortalAsync(PortalPages.Home(search: false));

        var (code, output, _) = await RunAsync("evaluate", site.Url.ToString(), "--json", "--config", Config());

        Assert.Equal(0, code);
        Assert.Contains("tìm kiếm, tra cứu thủ tục", output, StringComparison.Ordinal);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal("C", json.GetProperty("grade").GetString());
        Assert.Equal(79.9, json.GetProperty("score").GetDouble());
        Assert.Equal("mic-473/2024", json.GetProperty("definition").GetString());
        Assert.Equal(6, json.GetProperty("groups").GetArrayLength());
        Assert.Contains(json.GetProperty("deductions").EnumerateArray(), d => d.GetProperty("code").GetString() == "no-https"
            && d.GetProperty("evidence").GetProperty("url").GetString() == site.Url.ToString());
    }

    [Theory]
    [InlineData(new string[0], "Usage: dxmonitor evaluate")]
    [InlineData(new[] { "grade", "https://a.gov.vn" }, "Usage: dxmonitor evaluate")]
    [InlineData(new[] { "evaluate" }, "Usage: dxmonitor evaluate")]
    [InlineData(new[] { "evaluate", "ftp://a.gov.vn" }, "Not an http(s) URL or option: ftp://a.gov.vn")]
    [InlineData(new[] { "evaluate", "https://a.gov.vn", "--config", "/khong/co/tep.json" }, "Cannot read the options file /khong/co/tep.json")]
    public async Task Wrong_arguments_exit_with_2_and_say_what_is_wrong(string[] args, string message)
    {
        var (code, output, errors) = await RunAsync(args);

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains(message, errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_options_file_allowing_a_network_not_written_exactly_in_CIDR_exits_with_2()
    {
        var file = Path.Combine(Path.GetTempPath(), $"dxmonitor-cli-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, """{ "Evaluator": { "AllowedNetworks": [ "10.20.1.0/16" ] } }""");

        var (code, output, errors) = await RunAsync("evaluate", "https://a.gov.vn/", "--config", file);

        Assert.Equal((2, ""), (code, output));
        Assert.Contains("'10.20.1.0/16' is not a network in CIDR notation with no bits set after its prefix", errors, StringComparison.Ordinal);
    }
}
