using Deque.AxeCore.Commons;
using DxMonitor.Web.Tests.Infrastructure;

namespace DxMonitor.Web.Tests.Pages;

/// <summary>The accessibility tests' axe run finds what axe finds: a page with a known violation is not passed.</summary>
public sealed class AxeRunTests(Browser browser) : IClassFixture<Browser>
{
    [Fact]
    public async Task A_page_with_an_image_without_text_and_a_nameless_button_has_both_violations_with_their_nodes()
    {
        var page = await browser.NewPageAsync();
        await page.SetContentAsync("""
            <!doctype html><html lang="vi"><head><title>Thử</title></head>
            <body><main><h1>Trang thử</h1><img src="a.png"><img src="b.png"><button></button></main></body></html>
            """);

        var result = await page.RunAxeAsync();
        var again = await page.RunAxeAsync(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "rule", Values = ["image-alt"] } });

        Assert.Equal(["button-name", "image-alt"], result.Violations.Select(v => v.Id).Order(StringComparer.Ordinal));
        Assert.Equal(2, result.Violations.Single(v => v.Id == "image-alt").Nodes.Length);
        Assert.Equal(["image-alt"], again.Violations.Select(v => v.Id));
    }
}
