using System.Diagnostics.CodeAnalysis;

namespace DxMonitor.Domain.Portals;

/// <summary>What a portal's address must be: an absolute http(s) URL with a host, no credentials, at most 500 characters.</summary>
public static class PortalUrl
{
    public const int MaxLength = 500;

    public static bool TryParse(string? text, [NotNullWhen(true)] out Uri? url, [NotNullWhen(false)] out string? error)
    {
        url = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "The portal's URL is required.";
            return false;
        }
        if (text.Length > MaxLength)
        {
            error = $"The portal's URL is longer than {MaxLength} characters.";
            return false;
        }
        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var parsed) || parsed.Scheme is not ("http" or "https") || parsed.Host.Length == 0)
        {
            error = $"'{text}' is not an absolute http:// or https:// URL.";
            return false;
        }
        if (parsed.UserInfo.Length > 0)
        {
            error = "The portal's URL must not contain a user name or password.";
            return false;
        }
        url = parsed;
        error = null;
        return true;
    }
}
