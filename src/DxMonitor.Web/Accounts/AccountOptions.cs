using System.ComponentModel.DataAnnotations;

namespace DxMonitor.Web.Accounts;

/// <summary>Sign-in and request limits (section "Accounts").</summary>
public sealed class AccountOptions
{
    public const string Section = "Accounts";

    [Range(1, 100)]
    public int MaxFailedSignIns { get; set; } = 5;

    [Range(1, 1440)]
    public int LockoutMinutes { get; set; } = 15;

    /// <summary>Sign-in attempts per client address per minute.</summary>
    [Range(1, 10_000)]
    public int SignInsPerMinute { get; set; } = 10;

    /// <summary>API requests per user (or client address, when anonymous) per minute.</summary>
    [Range(1, 1_000_000)]
    public int ApiRequestsPerMinute { get; set; } = 1200;
}
