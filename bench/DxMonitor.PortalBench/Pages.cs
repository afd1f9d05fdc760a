namespace DxMonitor.PortalBench;

/// <summary>HTML of the bench's fixture portals (a Vietnamese public-service portal, defects switched in).</summary>
public static class Pages
{
    private const string Pixel = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7";

    /// <summary>The other functions of Circular 21 as a citizen uses them (look-up by code, upload, VNeID, payment, feedback, statistics).</summary>
    private const string Services = """
        <form action="/tra-cuu-ho-so"><label for="ma">Mã hồ sơ</label> <input id="ma" name="maHoSo"> <button type="submit">Tra cứu</button></form>
        <form action="/nop-ho-so" method="post"><label for="tep">Tệp</label> <input id="tep" type="file" name="tep"> <button type="submit">Nộp</button></form>
        <p><a href="https://sso.dancuquocgia.gov.vn/">VNeID</a> <a href="https://thanhtoan.dichvucong.gov.vn/">Thanh toán</a> <a href="mailto:motcua@example.gov.vn">Góp ý</a></p>
        <table><caption>Hồ sơ đã giải quyết</caption><tr><th scope="col">Tổng</th><th scope="col">Đúng hạn</th><th scope="col">Trễ hạn</th></tr><tr><td>120</td><td>118</td><td>2</td></tr></table>
        """;

    public static string Home(bool search, bool altText, bool viewport, bool script) => $$"""
        <!DOCTYPE html>
        <html lang="vi">
        <head><meta charset="utf-8">{{(viewport ? "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">" : "")}}
        <title>Cổng dịch vụ công tỉnh Thử Nghiệm</title>
        <script>var _govaq = window._govaq || []; _govaq.push(['setTrackerUrl', 'https://f-emc.ngsp.gov.vn/tracking']); _govaq.push(['setSiteId', '1']);</script></head>
        <body>
          <header><img src="{{Pixel}}" width="48" height="48" {{(altText ? "alt=\"Quốc huy\"" : "")}}><h1>Cổng dịch vụ công tỉnh Thử Nghiệm</h1>
            <nav><ul>
              <li><a href="/thu-tuc">Thủ tục hành chính</a></li>
              <li><a href="/nop-ho-so">Nộp hồ sơ trực tuyến</a></li>
              <li><a href="/tra-cuu-ho-so">Tra cứu hồ sơ</a></li>
              <li><a href="/thanh-toan">Thanh toán trực tuyến</a></li>
              <li><a href="/bieu-mau">Biểu mẫu điện tử</a></li>
              <li><a href="/phan-anh-kien-nghi">Phản ánh kiến nghị</a></li>
              <li><a href="/dang-nhap">Đăng nhập bằng VNeID</a></li>
              {{(script ? "<li><a href=\"/mat-trang\">Văn bản cũ</a></li>" : "")}}
            </ul></nav></header>
          <main>
            {{(search ? "<form role=\"search\" action=\"/thu-tuc\"><label for=\"q\">Tìm kiếm thủ tục</label> <input id=\"q\" type=\"search\" name=\"q\"> <button type=\"submit\">Tìm</button></form>" : "")}}
            {{Services}}
            <p>Người dân, doanh nghiệp thực hiện thủ tục hành chính mọi lúc, mọi nơi.</p>
          </main>
          <footer><p>Đường dây nóng: 1900 0000</p></footer>
          {{(script ? "<script src=\"/tai-nguyen.js\"></script>" : "")}}
        </body>
        </html>
        """;

    public static string Sub(string path) => $"""
        <!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Trang {path}</title></head><body><main><h1>Trang {path}</h1><p><a href="/">Trang chủ</a></p></main></body></html>
        """;
}
