using System.ComponentModel.DataAnnotations;
using MimeKit;

namespace DxMonitor.Web.Alerts.Notifications;

/// <summary>The SMTP server alert e-mails are handed to; the defaults suit a local relay on the same machine.</summary>
public sealed class SmtpOptions : IValidatableObject
{
    public const string Section = "Notifications:Smtp";

    [Required]
    public string Host { get; set; } = "localhost";

    [Range(1, 65535)]
    public int Port { get; set; } = 25;

    /// <summary>The sender, e.g. "DxMonitor &lt;canhbao@dxmonitor.gov.vn&gt;".</summary>
    [Required]
    public string From { get; set; } = "DxMonitor <dxmonitor@localhost>";

    /// <summary>Authenticates when set; no authentication when empty.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>Requires STARTTLS (typically on port 587); when false the connection is not encrypted.</summary>
    public bool UseStartTls { get; set; }

    /// <summary>Longest a whole delivery (connect, authenticate, send) may take.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!MailboxAddress.TryParse(From, out _))
        {
            yield return new ValidationResult($"'{From}' is not an e-mail address.", [nameof(From)]);
        }
        if (!string.IsNullOrEmpty(UserName) && string.IsNullOrEmpty(Password))
        {
            yield return new ValidationResult("A password is needed with a user name.", [nameof(Password)]);
        }
    }
}
