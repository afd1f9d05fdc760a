namespace DxMonitor.Web.Accounts;

/// <summary>The first administrator, created on first run.</summary>
public sealed class AdminOptions
{
    public const string Section = "Admin";

    public string UserName { get; set; } = "admin";

    /// <summary>The administrator's first password (10+ characters); when empty, one is generated and printed once.</summary>
    public string? Password { get; set; }

    /// <summary>An API token to install for the administrator; when empty, one is generated and printed once.</summary>
    public string? ApiToken { get; set; }
}
