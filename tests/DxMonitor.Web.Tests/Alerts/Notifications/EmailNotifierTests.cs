using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using DxMonitor.Web.Alerts.Notifications;

namespace DxMonitor.Web.Tests.Alerts.Notifications;

public sealed class EmailNotifierTests
{
    private static readonly EmailTarget Officer = NotificationTarget.Email("Sở KH&CN Hà Giang <cds@hagiang.gov.vn>");

    [Fact]
    public async Task Sends_a_Vietnamese_subject_and_body_to_the_recipient()
    {
        await using var sink = await SmtpSink.StartAsync();
        await using var host = await NotificationHost.StartAsync(sink.Port);

        var deliveryId = Guid.NewGuid();
        var result = await host.Notifier.SendAsync(SampleAlerts.BehindTrajectory(), Officer, deliveryId, CancellationToken.None);

        Assert.Equal(DeliveryResult.Success(1), result);
        var mail = await sink.NextAsync();
        Assert.Equal("canhbao@dxmonitor.test", mail.MailFrom);
        Assert.Equal(["cds@hagiang.gov.vn"], mail.RcptTos);
        Assert.Equal(SampleAlerts.Subject, mail.Subject);
        Assert.True(mail.Subject.IsNormalized(NormalizationForm.FormC));
        var text = Lines(mail.Text);
        Assert.Equal("Cảnh báo: Tỉnh Hà Giang chậm so với lộ trình", text[0]);
        Assert.Contains("Đơn vị: Tỉnh Hà Giang (P02)", text);
        Assert.Contains("Chỉ tiêu: Tỷ lệ hộ gia đình có kết nối cáp quang (PRV.FIBRE_HOUSEHOLDS_RATE)", text);
        Assert.Contains("Kỳ báo cáo: 2025Q2", text);
        Assert.Contains("Quy tắc: Chậm so với lộ trình (BehindTrajectory)", text);
        Assert.Contains("Thời điểm: 09:30 ngày 15/07/2025 (giờ Việt Nam)", text);
        Assert.Contains(SampleAlerts.BehindTrajectory().Evidence, text);
        Assert.Contains("Xem chi tiết: https://dxmonitor.test/alerts/BehindTrajectory-P02-2025Q2", text);
        Assert.True(string.Join('\n', text).IsNormalized(NormalizationForm.FormC));
        Assert.Contains("Giá trị 2025Q2: 61,5 %; lộ trình: 72,0 %", mail.Html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://dxmonitor.test/alerts/BehindTrajectory-P02-2025Q2\">", mail.Html, StringComparison.Ordinal);
        // On the wire the subject is UTF-8 encoded words (RFC 2047); the body may be raw UTF-8 where the server takes 8BITMIME.
        var raw = Encoding.UTF8.GetString(mail.Data);
        Assert.Matches(@"(?m)^Subject: \[DxMonitor\]\s+=\?utf-8\?b\?", raw);
        // The delivery id names the message, so a message sent again is recognisably the same one.
        Assert.Matches($@"(?m)^Message-Id: <{deliveryId:D}@dxmonitor\.test>", raw);
        Assert.Contains("Auto-Submitted: auto-generated", raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decomposed_Vietnamese_arrives_composed()
    {
        await using var sink = await SmtpSink.StartAsync();
        await using var host = await NotificationHost.StartAsync(sink.Port);
        var alert = SampleAlerts.BehindTrajectory() with
        {
            SummaryVi = "Tỉnh Hà Giang chậm so với lộ trình".Normalize(NormalizationForm.FormD),
            UnitNameVi = "Tỉnh Hà Giang".Normalize(NormalizationForm.FormD),
        };

        await host.Notifier.SendAsync(alert, Officer, Guid.NewGuid(), CancellationToken.None);

        var mail = await sink.NextAsync();
        Assert.Equal(SampleAlerts.Subject, mail.Subject);
        Assert.Contains("Đơn vị: Tỉnh Hà Giang (P02)", Lines(mail.Text));
    }

    [Theory]
    [InlineData(AlertState.Resolved, AlertSeverity.Warning, "[DxMonitor] Đã khắc phục: ")]
    [InlineData(AlertState.Escalated, AlertSeverity.Warning, "[DxMonitor] Cảnh báo chuyển cấp: ")]
    [InlineData(AlertState.Firing, AlertSeverity.Critical, "[DxMonitor] Cảnh báo khẩn: ")]
    [InlineData(AlertState.Firing, AlertSeverity.Info, "[DxMonitor] Thông báo: ")]
    public async Task The_subject_says_what_happened(AlertState state, AlertSeverity severity, string start)
    {
        await using var sink = await SmtpSink.StartAsync();
        await using var host = await NotificationHost.StartAsync(sink.Port);

        await host.Notifier.SendAsync(SampleAlerts.BehindTrajectory() with { State = state, Severity = severity }, Officer, Guid.NewGuid(), CancellationToken.None);

        Assert.StartsWith(start, (await sink.NextAsync()).Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_html_alternative_escapes_the_evidence()
    {
        await using var sink = await SmtpSink.StartAsync();
        await using var host = await NotificationHost.StartAsync(sink.Port);

        await host.Notifier.SendAsync(SampleAlerts.BehindTrajectory() with { Evidence = "Nguồn <script>alert(1)</script> & \"x\"" },
            Officer, Guid.NewGuid(), CancellationToken.None);

        var mail = await sink.NextAsync();
        Assert.DoesNotContain("<script>", mail.Html, StringComparison.Ordinal);
        Assert.Contains("Nguồn &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;", mail.Html, StringComparison.Ordinal);
        Assert.Contains("Nguồn <script>alert(1)</script> & \"x\"", Lines(mail.Text));
    }

    [Fact]
    public async Task Authenticates_with_the_configured_user()
    {
        await using var sink = await SmtpSink.StartAsync("dxmonitor:mật-khẩu");
        await using var host = await NotificationHost.StartAsync(sink.Port,
            ("Notifications:Smtp:UserName", "dxmonitor"), ("Notifications:Smtp:Password", "mật-khẩu"));

        var result = await host.Notifier.SendAsync(SampleAlerts.BehindTrajectory(), Officer, Guid.NewGuid(), CancellationToken.None);

        Assert.True(result.Delivered, result.FailureReason);
        Assert.Equal("dxmonitor", (await sink.NextAsync()).Login);
    }

    [Fact]
    public async Task Wrong_credentials_fail_with_a_reason()
    {
        await using var sink = await SmtpSink.StartAsync("dxmonitor:right");
        await using var host = await NotificationHost.StartAsync(sink.Port,
            ("Notifications:Smtp:UserName", "dxmonitor"), ("Notifications:Smtp:Password", "wrong"));

        var result = await host.Notifier.SendAsync(SampleAlerts.BehindTrajectory(), Officer, Guid.NewGuid(), CancellationToken.None);

        Assert.False(result.Delivered);
        Assert.Contains("refused the configured credentials", result.FailureReason, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong", result.FailureReason, StringComparison.Ordinal);
        Assert.False(sink.HasMail);
    }

    [Fact]
    public async Task An_unreachable_server_fails_quickly_with_a_reason()
    {
        var port = NotificationHost.ClosedPort();
        await using var host = await NotificationHost.StartAsync(port);
        var watch = Stopwatch.StartNew();

        var result = await host.Notifier.SendAsync(SampleAlerts.BehindTrajectory(), Officer, Guid.NewGuid(), CancellationToken.None);

        Assert.False(result.Delivered);
        Assert.Equal(1, result.Attempts);
        Assert.Equal($"Cannot connect to SMTP server 127.0.0.1:{port}: ConnectionRefused", result.FailureReason);
        Assert.InRange(watch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task A_server_that_never_greets_times_out()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var port = ((IPEndPoint)silent.LocalEndpoint).Port;
        await using var host = await NotificationHost.StartAsync(port, ("Notifications:Smtp:Timeout", "00:00:00.500"));
        var watch = Stopwatch.StartNew();

        var result = await host.Notifier.SendAsync(SampleAlerts.BehindTrajectory(), Officer, Guid.NewGuid(), CancellationToken.None);

        Assert.False(result.Delivered);
        Assert.Equal($"SMTP server 127.0.0.1:{port} did not finish within 0.5 s", result.FailureReason);
        Assert.InRange(watch.Elapsed, TimeSpan.FromMilliseconds(400), TimeSpan.FromSeconds(4));
    }

    [Fact]
    public async Task A_webhook_target_is_a_programming_error_for_the_email_notifier()
    {
        var notifier = new EmailNotifier(Microsoft.Extensions.Options.Options.Create(new SmtpOptions()), TimeProvider.System);

        await Assert.ThrowsAsync<ArgumentException>(() => notifier.SendAsync(SampleAlerts.BehindTrajectory(),
            NotificationTarget.Webhook(new Uri("https://example.test/hook"), "s"), Guid.NewGuid(), CancellationToken.None));
    }

    private static List<string> Lines(string? text) => [.. (text ?? "").ReplaceLineEndings("\n").Split('\n')];
}
