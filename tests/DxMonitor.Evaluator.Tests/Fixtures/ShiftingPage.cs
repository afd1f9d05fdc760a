using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace DxMonitor.Evaluator.Tests.Fixtures;

/// <summary>
/// A portal page whose content a banner pushes down after it was painted, with no user input: the layout shift Chromium
/// reports, naming <c>main#noi-dung</c>. Script and style are files, since the fixtures' Content-Security-Policy
/// (default-src 'self') blocks inline ones; the image it shows is missing (a console error for a 404).
/// </summary>
public static class ShiftingPage
{
    public const string Html = """
        <!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Cổng dịch vụ công</title><link rel="stylesheet" href="/trang.css"></head><body>
        <main id="noi-dung">Thủ tục hành chính và tra cứu hồ sơ.<img src="/khong-co.png" alt="Sơ đồ"></main>
        <script src="/bang-thong-bao.js"></script></body></html>
        """;

    /// <summary>The banner goes in two frames after the first one, so the text was painted where it was first laid out.</summary>
    private const string Script = """
        requestAnimationFrame(() => requestAnimationFrame(() => {
          const banner = document.createElement('div');
          banner.style.height = '300px';
          banner.textContent = 'Thông báo';
          document.body.prepend(banner);
        }));
        """;

    public static void Map(WebApplication app)
    {
        app.MapGet("/trang.css", () => Results.Text("body { margin: 0 } main { display: block; height: 500px }", "text/css"));
        app.MapGet("/bang-thong-bao.js", () => Results.Text(Script, "text/javascript"));
        app.MapGet("/khong-co.png", () => Results.NotFound());
    }
}
