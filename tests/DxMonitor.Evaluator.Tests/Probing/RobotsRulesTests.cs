using DxMonitor.Evaluator.Probing;

namespace DxMonitor.Evaluator.Tests.Probing;

public sealed class RobotsRulesTests
{
    private const string Us = "DxMonitor-PortalEvaluator";

    public static TheoryData<string, string, bool> Cases() => new()
    {
        // No file, no group for us or for everyone: everything is allowed.
        { "", "/anything", true },
        { "User-agent: Googlebot\nDisallow: /", "/thu-tuc", true },
        // The "*" group applies when no group names us; an empty Disallow says nothing.
        { "User-agent: *\nDisallow: /quan-tri/", "/quan-tri/nguoi-dung", false },
        { "User-agent: *\nDisallow: /quan-tri/", "/thu-tuc", true },
        { "User-agent: *\nDisallow:", "/thu-tuc", true },
        // A group naming us (case-insensitively, with or without a version) replaces "*".
        { "User-agent: *\nDisallow: /\n\nUser-agent: dxmonitor-portalevaluator\nAllow: /", "/thu-tuc", true },
        { "User-agent: *\nAllow: /\n\nUser-agent: DxMonitor-PortalEvaluator/2.0\nDisallow: /tim-kiem", "/tim-kiem?q=1", false },
        // Consecutive user-agent lines share one group; groups naming us are merged.
        { "User-agent: a\nUser-agent: DxMonitor-PortalEvaluator\nDisallow: /a\n\nUser-agent: DxMonitor-PortalEvaluator\nDisallow: /b", "/b/c", false },
        // Longest match wins; on a tie Allow wins.
        { "User-agent: *\nDisallow: /ho-so/\nAllow: /ho-so/tra-cuu", "/ho-so/tra-cuu/123", true },
        { "User-agent: *\nAllow: /ho-so/\nDisallow: /ho-so/noi-bo", "/ho-so/noi-bo/1", false },
        { "User-agent: *\nDisallow: /trang\nAllow: /trang", "/trang", true },
        // Wildcards and the end anchor.
        { "User-agent: *\nDisallow: /*.pdf$", "/bieu-mau/to-khai.pdf", false },
        { "User-agent: *\nDisallow: /*.pdf$", "/bieu-mau/to-khai.pdf?tai=1", true },
        { "User-agent: *\nDisallow: /*?in=", "/ho-so?in=1", false },
        { "User-agent: *\nDisallow: /tin-tuc$", "/tin-tuc/1", true },
        // Comments, blank lines, carriage returns, a byte-order mark, unknown keys.
        { "\uFEFFUser-agent: * # mọi máy\r\nCrawl-delay: 5\r\nSitemap: /sitemap.xml\r\nDisallow: /an # ẩn\r\n", "/an/1", false },
        // Rules before any user-agent line belong to no group.
        { "Disallow: /\nUser-agent: *\nDisallow: /x", "/thu-tuc", true },
        // Vietnamese paths written as text or percent-encoded (any case) match each other.
        { "User-agent: *\nDisallow: /thủ-tục", "/th%E1%BB%A7-t%E1%BB%A5c/1", false },
        { "User-agent: *\nDisallow: /th%e1%bb%a7-t%e1%bb%a5c", "/thủ-tục", false },
    };

    [Theory, MemberData(nameof(Cases))]
    public void Rules_follow_RFC_9309(string robots, string path, bool allowed) =>
        Assert.Equal(allowed, RobotsRules.Parse(robots, Us).Allows(new Uri(new Uri("https://dichvucong.example.gov.vn/"), path)));

    [Fact]
    public void A_hostile_pattern_of_many_wildcards_is_matched_quickly()
    {
        var rules = RobotsRules.Parse("User-agent: *\nDisallow: /" + string.Concat(Enumerable.Repeat("*a", 2000)) + "b$", Us);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();

        Assert.True(rules.Allows(new Uri("https://x.gov.vn/" + new string('a', 4000))));

        Assert.True(System.Diagnostics.Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(2));
    }

    [Fact]
    public void The_product_token_is_the_user_agent_up_to_its_version() =>
        Assert.Equal(Us, RobotsTxt.ProductToken(new EvaluatorOptions().UserAgent));
}
