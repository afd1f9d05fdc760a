namespace DxMonitor.Evaluator.Tests.Fixtures;

/// <summary>
/// HTML of fixture portals: a Vietnamese public-service portal offering every service citizens need, with
/// switches to take one defect in at a time.
/// </summary>
public static class PortalPages
{
    public const string Pixel = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7";

    public static readonly IReadOnlyDictionary<string, string> SecureHeaders = new Dictionary<string, string>
    {
        ["Content-Security-Policy"] = "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'",
        ["Strict-Transport-Security"] = "max-age=31536000; includeSubDomains",
        ["X-Content-Type-Options"] = "nosniff",
        ["X-Frame-Options"] = "DENY",
        ["Referrer-Policy"] = "strict-origin-when-cross-origin",
        ["Permissions-Policy"] = "geolocation=(), camera=()",
    };

    public static IReadOnlyDictionary<string, string> SecureHeadersWithout(string name) =>
        SecureHeaders.Where(h => h.Key != name).ToDictionary();

    public static string Home(bool search = true, bool altText = true, bool viewport = true, string lang = "vi", string extraLinks = "") => $$"""
        <!DOCTYPE html>
        <html lang="{{lang}}">
        <head>
          <meta charset="utf-8">
          {{(viewport ? "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">" : "")}}
          <title>Cổng dịch vụ công tỉnh Thử Nghiệm</title>
        </head>
        <body>
          <header>
            <img src="{{Pixel}}" width="48" height="48" {{(altText ? "alt=\"Quốc huy\"" : "")}}>
            <h1>Cổng dịch vụ công tỉnh Thử Nghiệm</h1>
            <nav>
              <ul>
                <li><a href="/thu-tuc">Thủ tục hành chính</a></li>
                <li><a href="/nop-ho-so">Nộp hồ sơ trực tuyến</a></li>
                <li><a href="/tra-cuu-ho-so">Tra cứu hồ sơ</a></li>
                <li><a href="/thanh-toan">Thanh toán trực tuyến</a></li>
                <li><a href="/bieu-mau">Biểu mẫu điện tử</a></li>
                <li><a href="/phan-anh-kien-nghi">Phản ánh kiến nghị</a></li>
                <li><a href="/dang-nhap">Đăng nhập bằng VNeID</a></li>
                {{extraLinks}}
              </ul>
            </nav>
          </header>
          <main>
            {{(search ? "<form role=\"search\" action=\"/thu-tuc\"><label for=\"q\">Tìm kiếm thủ tục</label> <input id=\"q\" type=\"search\" name=\"q\"> <button type=\"submit\">Tìm</button></form>" : "")}}
            <p>Người dân, doanh nghiệp thực hiện thủ tục hành chính mọi lúc, mọi nơi.</p>
          </main>
          <footer><p>Đường dây nóng: 1900 0000</p></footer>
        </body>
        </html>
        """;

    public static string SubPage(string path) => $"""
        <!DOCTYPE html>
        <html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Trang {path}</title></head><body><main><h1>Trang {path}</h1><p><a href="/">Trang chủ</a></p></main></body></html>
        """;
}
