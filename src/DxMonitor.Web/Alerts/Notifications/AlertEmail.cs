using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using MimeKit;
using MimeKit.Utils;

namespace DxMonitor.Web.Alerts.Notifications;

/// <summary>
/// Writes the e-mail for a notification: a Vietnamese subject, and a Vietnamese-first body (with a short English
/// part) as plain text and HTML. Every recipient gets both languages, so the text is here rather than in the
/// per-request .resx resources; all text is NFC so diacritics display the same in every client.
/// </summary>
internal static class AlertEmail
{
    // Vietnam has kept UTC+7 without daylight saving since 1975; no time-zone database is needed.
    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <param name="deliveryId">Names the message (its Message-Id), the same when a delivery is sent again.</param>
    public static MimeMessage Compose(AlertNotification n, MailboxAddress from, MailboxAddress to, Guid deliveryId)
    {
        var message = new MimeMessage();
        message.From.Add(from);
        message.To.Add(to);
        message.Subject = Subject(n);
        message.Date = n.OccurredAt;
        message.MessageId = $"{deliveryId:D}@{from.Domain}";
        // Firing, escalation and resolution of one alert thread together in mail clients.
        message.References.Add(ThreadId(n.Fingerprint));
        message.Headers.Add("X-DxMonitor-Fingerprint", n.Fingerprint);
        // RFC 3834: tells auto-responders not to answer.
        message.Headers.Add("Auto-Submitted", "auto-generated");
        message.Body = new BodyBuilder { TextBody = Text(n), HtmlBody = HtmlBody(n) }.ToMessageBody();
        return message;
    }

    public static string Subject(AlertNotification n)
    {
        var indicator = n.IndicatorCode is null ? "" : $" – {n.IndicatorCode}";
        return Nfc($"[DxMonitor] {Heading(n)}: {OneLine(n.SummaryVi)}{indicator}");
    }

    public static string Text(AlertNotification n)
    {
        var text = new StringBuilder();
        text.Append(Heading(n)).Append(": ").AppendLine(OneLine(n.SummaryVi)).AppendLine();
        foreach (var (label, value) in Facts(n))
        {
            text.Append(label).Append(": ").AppendLine(value);
        }
        text.AppendLine().AppendLine("Căn cứ:").AppendLine(n.Evidence.Trim()).AppendLine();
        text.Append("Xem chi tiết: ").AppendLine(n.Link.AbsoluteUri).AppendLine();
        text.AppendLine("—").AppendLine(English(n));
        text.Append("Thư này được DxMonitor gửi tự động; vui lòng không trả lời.");
        return Nfc(text.ToString());
    }

    public static string HtmlBody(AlertNotification n)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>")
            .Append(Html.Encode(Subject(n))).Append("</title></head><body>");
        html.Append("<h1 style=\"font-size:1.2em\">").Append(Html.Encode($"{Heading(n)}: {OneLine(n.SummaryVi)}")).Append("</h1><table>");
        foreach (var (label, value) in Facts(n))
        {
            html.Append("<tr><th style=\"text-align:left;padding-right:1em\">").Append(Html.Encode(label))
                .Append("</th><td>").Append(Html.Encode(value)).Append("</td></tr>");
        }
        html.Append("</table><h2 style=\"font-size:1em\">Căn cứ</h2><pre style=\"white-space:pre-wrap\">")
            .Append(Html.Encode(n.Evidence.Trim())).Append("</pre>");
        html.Append("<p><a href=\"").Append(Html.Encode(n.Link.AbsoluteUri)).Append("\">Xem chi tiết cảnh báo</a></p>");
        html.Append("<hr><p lang=\"en\">").Append(Html.Encode(English(n))).Append("</p>");
        html.Append("<p><small>Thư này được DxMonitor gửi tự động; vui lòng không trả lời.</small></p></body></html>");
        return Nfc(html.ToString());
    }

    private static string Heading(AlertNotification n) => n.State switch
    {
        AlertState.Resolved => "Đã khắc phục",
        AlertState.Escalated => "Cảnh báo chuyển cấp",
        _ => n.Severity switch
        {
            AlertSeverity.Critical => "Cảnh báo khẩn",
            AlertSeverity.Info => "Thông báo",
            _ => "Cảnh báo",
        },
    };

    private static IEnumerable<(string Label, string Value)> Facts(AlertNotification n)
    {
        yield return ("Đơn vị", $"{n.UnitNameVi} ({n.UnitCode})");
        if (n.IndicatorCode is not null)
        {
            yield return ("Chỉ tiêu", n.IndicatorNameVi is null ? n.IndicatorCode : $"{n.IndicatorNameVi} ({n.IndicatorCode})");
        }
        if (n.Period is not null)
        {
            yield return ("Kỳ báo cáo", n.Period);
        }
        yield return ("Mức độ", n.Severity switch
        {
            AlertSeverity.Critical => "Khẩn",
            AlertSeverity.Warning => "Cảnh báo",
            _ => "Thông tin",
        });
        yield return ("Trạng thái", n.State switch
        {
            AlertState.Firing => "Mới phát sinh",
            AlertState.Escalated => "Chuyển cấp trên",
            _ => "Đã khắc phục",
        });
        yield return ("Quy tắc", AlertRuleNames.Vietnamese(n.Rule));
        yield return ("Thời điểm", n.OccurredAt.ToOffset(VietnamOffset).ToString("HH:mm 'ngày' dd/MM/yyyy '(giờ Việt Nam)'", Vietnamese));
    }

    private static string English(AlertNotification n) =>
        $"DxMonitor alert {n.Rule} ({n.Severity}, {n.State}) for {n.UnitCode}"
        + (n.IndicatorCode is null ? "" : $", indicator {n.IndicatorCode}")
        + (n.Period is null ? "" : $", period {n.Period}")
        + $", at {n.OccurredAt.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)}. Details: {n.Link.AbsoluteUri}";

    private static string ThreadId(string fingerprint) =>
        $"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(fingerprint)))[..32]}@alerts.dxmonitor";

    // A subject is one line; a line break in a summary would otherwise end the header early.
    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim();

    private static string Nfc(string text) => text.Normalize(NormalizationForm.FormC);
}
