using DxMonitor.Web.Tests.Infrastructure;

namespace DxMonitor.Web.Tests.Alerts.Notifications;

public sealed class NotificationDocsTests
{
    [Fact]
    public async Task The_receivers_guide_shows_the_verification_code_the_tests_use()
    {
        var root = Path.GetFullPath(Path.Combine(Artifacts.Folder, "..", ".."));
        var code = await File.ReadAllTextAsync(Path.Combine(root, "tests", "DxMonitor.Web.Tests", "Alerts", "Notifications", "DxMonitorSignature.cs"));
        var guide = await File.ReadAllTextAsync(Path.Combine(root, "docs", "notifications.md"));

        var verification = code[code.IndexOf("public static class DxMonitorSignature", StringComparison.Ordinal)..].Trim();
        Assert.Contains(verification.ReplaceLineEndings("\n"), guide.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }
}
