using MimeKit;

namespace DxMonitor.Web.Alerts.Notifications;

/// <summary>An e-mail recipient, e.g. "cds@hagiang.gov.vn" or "Sở TT&amp;TT Hà Giang &lt;cds@hagiang.gov.vn&gt;".</summary>
public sealed record EmailTarget : NotificationTarget
{
    public EmailTarget(string address)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(address);
        if (!MailboxAddress.TryParse(address, out var mailbox) || !mailbox.Address.Contains('@', StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{address}' is not an e-mail address.", nameof(address));
        }
        Address = address;
        Mailbox = mailbox;
    }

    public string Address { get; }

    internal MailboxAddress Mailbox { get; }

    public override string Channel => "email";

    public override string Redacted => "*@" + Mailbox.Domain;

    public override string ToString() => $"email {Redacted}";
}
