using System.Diagnostics.CodeAnalysis;
using DxMonitor.Domain.Resources;

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
            error = PortalText.Texts.Format("UrlRequired");
            return false;
        }
        if (text.Length > MaxLength)
        {
            error = PortalText.Texts.Format("UrlTooLong", MaxLength);
            return false;
        }
        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var parsed) || parsed.Scheme is not ("http" or "https") || parsed.Host.Length == 0)
        {
            error = PortalText.Texts.Format("UrlNotHttp", text);
            return false;
        }
        if (parsed.UserInfo.Length > 0)
        {
            error = PortalText.Texts.Format("UrlHasCredentials");
            return false;
        }
        url = parsed;
        error = null;
        return true;
    }
}
