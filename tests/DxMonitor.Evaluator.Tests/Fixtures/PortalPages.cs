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
        ["Content-Security-Policy"] = "default-src 'self'; script-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'",
        ["Strict-Transport-Security"] = "max-age=31536000; includeSubDomains",
        ["X-Content-Type-Options"] = "nosniff",
        ["X-Frame-Options"] = "DENY",
        ["Referrer-Policy"] = "strict-origin-when-cross-origin",
        ["Permissions-Policy"] = "geolocation=(), camera=()",
    };

    public static IReadOnlyDictionary<string, string> SecureHeadersWithout(string name) =>
        SecureHeaders.Where(h => h.Key != name).ToDictionary();

    /// <summary>
    /// The tracking code the EMC measurement system gives a site, without its loader line: the code is what the
    /// evaluator looks for, and the fixtures must not reach f-emc.ngsp.gov.vn.
    /// </summary>
    public const string EmcCode = """
        <script>
          var _govaq = window._govaq || [];
          _govaq.push(['trackPageView']);
          _govaq.push(['setTrackerUrl', 'https://f-emc.ngsp.gov.vn/tracking']);
          _govaq.push(['setSiteId', '4242']);
        </script>
        """;

    /// <summary>What a citizen can do on the fixture portal: each function of Circular 21 by what it does, not what it says.</summary>
    public static string Services(bool search = true) => $$"""
        {{(search ? "<form role=\"search\" action=\"/thu-tuc\"><label for=\"q\">Tìm kiếm thủ tục</label> <input id=\"q\" type=\"search\" name=\"q\"> <button type=\"submit\">Tìm</button></form>" : "")}}
        <form action="/tra-cuu-ho-so"><label for="ma">Mã hồ sơ</label> <input id="ma" name="maHoSo"> <button type="submit">Tra cứu</button></form>
        <form action="/nop-ho-so" method="post" enctype="multipart/form-data"><label for="tep">Tệp hồ sơ</label> <input id="tep" type="file" name="tep"> <button type="submit">Nộp</button></form>
        <p><a href="https://sso.dancuquocgia.gov.vn/oauth2/authorize?client_id=thu-nghiem">Đăng nhập bằng VNeID</a>
          <a href="https://thanhtoan.dichvucong.gov.vn/thanh-toan?ma=1">Thanh toán phí, lệ phí</a></p>
        <form action="/phan-anh" method="post"><label for="nd">Nội dung phản ánh</label> <textarea id="nd" name="noiDung"></textarea> <button type="submit">Gửi</button></form>
        <table><caption>Tình hình giải quyết hồ sơ</caption><tr><th scope="col">Tiếp nhận</th><th scope="col">Đúng hạn</th><th scope="col">Trễ hạn</th></tr>
          <tr><td>1.204</td><td>1.180</td><td>24</td></tr></table>
        """;

    public static string Home(bool search = true, bool altText = true, bool viewport = true, string lang = "vi", string extraLinks = "",
        bool services = true, bool emc = true) => $$"""
        <!DOCTYPE html>
        <html lang="{{lang}}">
        <head>
          <meta charset="utf-8">
          {{(viewport ? "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">" : "")}}
          <title>Cổng dịch vụ công tỉnh Thử Nghiệm</title>
          {{(emc ? EmcCode : "")}}
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
            {{(services ? Services(search) : "")}}
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
