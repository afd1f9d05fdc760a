using AngleSharp.Dom;
using DxMonitor.Domain.Text;

namespace DxMonitor.Evaluator.Checks;

/// <summary>
/// The functions Circular 21/2023/TT-BTTTT asks of a one-stop portal, recognised by what a citizen can do with an
/// element, on the page Chromium rendered (and the crawled pages): a field that takes a procedure's name or a dossier's
/// code in a form or next to a button that sends it, a form that uploads files, a link to the national payment
/// platform or to VNeID's sign-in, a form that takes a written message or a real address to write to, a table of
/// dossier figures. Headlines, menus and news links that only name a service count for nothing.
/// </summary>
public static class CitizenServices
{
    public static readonly IReadOnlyList<string> VneidHosts = ["vneid.gov.vn", "sso.dancuquocgia.gov.vn"];

    public static readonly IReadOnlyList<string> PaymentHosts = ["thanhtoan.dichvucong.gov.vn", "payment.dichvucong.gov.vn", "paygov.vn"];

    private static readonly string[] DossierWords = ["ma ho so", "so ho so", "mahoso", "ma_ho_so", "ma bien nhan", "bien nhan", "ho so", "hoso", "dossier"];
    private static readonly string[] ProcedureWords = ["thu tuc", "thutuc", "tthc", "procedure"];
    private static readonly string[] SubmissionWords = ["nop ho so", "nophoso", "nop truc tuyen", "submit"];
    private static readonly string[] StatisticsWords = ["ho so", "tthc", "thu tuc", "dung han", "tre han", "dossier"];

    public static readonly IReadOnlyList<CitizenService> All =
    [
        new("procedure-search", "Procedure search and look-up (tìm kiếm, tra cứu thủ tục)", true, (d, page) => LookUp(d, page, ProcedureWords)),
        new("online-submission", "Online submission (nộp hồ sơ trực tuyến)", true, Submission),
        new("dossier-status", "Dossier status look-up (tra cứu hồ sơ)", true, (d, page) => LookUp(d, page, DossierWords)),
        new("online-payment", "Online payment (thanh toán trực tuyến)", true, (d, page) => LinkTo(d, page, PaymentHosts)),
        new("national-id-login", "Sign-in with the national e-ID (VNeID)", true, (d, page) => LinkTo(d, page, VneidHosts)),
        new("feedback", "Feedback and questions (phản ánh, kiến nghị)", false, Feedback),
        new("statistics", "Published dossier statistics (công khai thống kê)", false, Statistics),
    ];

    /// <summary>A text field that is sent (in a form that submits, or next to a button) and is about <paramref name="words"/>.</summary>
    private static IElement? LookUp(IDocument document, Uri page, string[] words) =>
        document.QuerySelectorAll("input, textarea").Where(IsTextField).FirstOrDefault(field =>
            Sends(field) && words.Any(Descriptors(field, page).Contains));

    private static IElement? Submission(IDocument document, Uri page) =>
        document.QuerySelectorAll("form").FirstOrDefault(form => Submits(form)
            && (form.QuerySelector("input[type=file]") is not null
                || ((form.GetAttribute("method") ?? "").Equals("post", StringComparison.OrdinalIgnoreCase) && SubmissionWords.Any(Fold(Target(form, page)).Contains))));

    private static IElement? LinkTo(IDocument document, Uri page, IReadOnlyList<string> hosts) =>
        document.QuerySelectorAll("a[href], form[action], [data-href], [data-url]").FirstOrDefault(element =>
        {
            var target = element.GetAttribute("href") ?? element.GetAttribute("action") ?? element.GetAttribute("data-href") ?? element.GetAttribute("data-url");
            return Uri.TryCreate(page, target, out var url) && url.Scheme is "https" or "http"
                && hosts.Any(h => url.Host.Equals(h, StringComparison.OrdinalIgnoreCase) || url.Host.EndsWith("." + h, StringComparison.OrdinalIgnoreCase));
        });

    private static IElement? Feedback(IDocument document, Uri page) =>
        document.QuerySelectorAll("textarea").FirstOrDefault(Sends)
        ?? document.QuerySelectorAll("a[href]").FirstOrDefault(a =>
        {
            var href = a.GetAttribute("href")!.Trim(); // selected by [href]
            return href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? href[7..].Split('?')[0].Contains('@', StringComparison.Ordinal)
                : href.StartsWith("tel:", StringComparison.OrdinalIgnoreCase) && href.Count(char.IsAsciiDigit) >= 3;
        });

    private static IElement? Statistics(IDocument document, Uri page) =>
        document.QuerySelectorAll("table").FirstOrDefault(table =>
            table.QuerySelectorAll("td").Count(td => IsFigure(td.TextContent)) >= 3
            && StatisticsWords.Any(Fold(string.Join(' ', table.QuerySelectorAll("caption, th").Select(h => h.TextContent))).Contains));

    private static bool IsTextField(IElement field) =>
        field.LocalName == "textarea" || (field.GetAttribute("type")?.ToLowerInvariant() ?? "text") is "text" or "search" or "number" or "tel" or "";

    /// <summary>In a form that can be sent, or (pages built by scripts often have no form) beside a button within three levels.</summary>
    private static bool Sends(IElement field)
    {
        if (field.Closest("form") is { } form)
        {
            return Submits(form);
        }
        var scope = field.ParentElement;
        for (var level = 0; level < 3 && scope is not null; level++, scope = scope.ParentElement)
        {
            if (scope.QuerySelector("button, input[type=submit], input[type=button], [role=button]") is not null)
            {
                return true;
            }
        }
        return false;
    }

    private static bool Submits(IElement form) =>
        form.HasAttribute("action") || form.QuerySelector("button:not([type=button]):not([type=reset]), input[type=submit], input[type=image]") is not null;

    /// <summary>What the field says it takes: its name, id, placeholder, labels, and where its form sends it.</summary>
    private static string Descriptors(IElement field, Uri page)
    {
        var id = field.GetAttribute("id");
        var labels = (id is null ? [] : field.Owner?.QuerySelectorAll($"label[for=\"{id.Replace("\"", "", StringComparison.Ordinal)}\"]").Select(l => l.TextContent) ?? [])
            .Append(field.Closest("label")?.TextContent);
        var form = field.Closest("form");
        return Fold(string.Join(' ', new[] { field.GetAttribute("name"), id, field.GetAttribute("placeholder"), field.GetAttribute("aria-label"),
            field.GetAttribute("title"), form is null ? null : Target(form, page), form?.GetAttribute("aria-label") }.Concat(labels)));
    }

    private static string Target(IElement form, Uri page) =>
        Uri.TryCreate(page, form.GetAttribute("action") ?? "", out var target) ? target.AbsolutePath : page.AbsolutePath;

    private static string Fold(string? text) => SearchText.Fold(text?.Replace('-', ' ').Replace('/', ' ').Replace('_', ' '));

    private static bool IsFigure(string text)
    {
        var trimmed = text.Trim().TrimEnd('%');
        return trimmed.Length > 0 && trimmed.All(c => char.IsAsciiDigit(c) || c is '.' or ',' or ' ') && trimmed.Any(char.IsAsciiDigit);
    }
}
