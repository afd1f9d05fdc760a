using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace DxMonitor.Web.Alerts.Notifications;

/// <summary>
/// Sends alert e-mails through the configured SMTP server, one connection per message, once: the relay queues
/// and retries once it has accepted the message; until then, the notification sender tries again later. A
/// permanent refusal (an SMTP 5xx answer, such as an unknown mailbox) is not retried.
/// </summary>
public sealed class EmailNotifier(IOptions<SmtpOptions> options, TimeProvider clock) : IAlertNotifier
{
    public async Task<DeliveryResult> SendAsync(AlertNotification n, NotificationTarget t, Guid deliveryId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(n);
        if (t is not EmailTarget target)
        {
            throw new ArgumentException($"The e-mail notifier cannot send to a {t.Channel} target.", nameof(t));
        }
        var smtp = options.Value;
        var message = AlertEmail.Compose(n, MailboxAddress.Parse(smtp.From), target.Mailbox, deliveryId);

        using var deadline = new CancellationTokenSource(smtp.Timeout, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, deadline.Token);
        // The deadline above governs; MailKit's own per-operation timeout only backs it up.
        using var client = new SmtpClient { Timeout = (int)(smtp.Timeout * 2).TotalMilliseconds };
        try
        {
            var security = smtp.UseStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None;
            await client.ConnectAsync(smtp.Host, smtp.Port, security, linked.Token);
            if (!string.IsNullOrEmpty(smtp.UserName))
            {
                await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", linked.Token);
            }
            await client.SendAsync(message, linked.Token);
            await client.DisconnectAsync(quit: true, linked.Token);
            return DeliveryResult.Success(1);
        }
        // Past the deadline MailKit may report the cancellation as an I/O error or its own timeout: all are the timeout.
        catch (Exception e) when (!ct.IsCancellationRequested && (e is OperationCanceledException or TimeoutException
                                      || (deadline.IsCancellationRequested && e is IOException or ProtocolException or SocketException)))
        {
            return DeliveryResult.Failure(1, $"SMTP server {smtp.Host}:{smtp.Port} did not finish within {smtp.Timeout.TotalSeconds:0.###} s");
        }
        catch (Exception e) when (e is CommandException or ProtocolException or SocketException or IOException
                                      or AuthenticationException or SslHandshakeException or NotSupportedException
                                      or ServiceNotConnectedException or ServiceNotAuthenticatedException)
        {
            // Servers quote the recipient when refusing it; results and logs keep only its domain.
            var reason = Describe(e, smtp).Replace(target.Mailbox.Address, target.Redacted, StringComparison.OrdinalIgnoreCase);
            var permanent = e is SmtpCommandException { StatusCode: >= (SmtpStatusCode)500 };
            return DeliveryResult.Failure(1, reason, retryable: !permanent);
        }
    }

    private static string Describe(Exception e, SmtpOptions smtp) => e switch
    {
        SmtpCommandException command =>
            $"SMTP server {smtp.Host}:{smtp.Port} refused the message ({(int)command.StatusCode}, {command.ErrorCode}): {command.Message}",
        SocketException socket => $"Cannot connect to SMTP server {smtp.Host}:{smtp.Port}: {socket.SocketErrorCode}",
        AuthenticationException => $"SMTP server {smtp.Host}:{smtp.Port} refused the configured credentials",
        _ => $"SMTP delivery through {smtp.Host}:{smtp.Port} failed: {e.GetType().Name}: {e.Message}",
    };
}
