using Microsoft.Playwright;

namespace DxMonitor.Web.Tests.Infrastructure;

/// <summary>
/// What a test waits for when it opens, reloads or follows a page: the document parsed, never the load event, which
/// waits for every image, script and font and is the first thing to run late on a busy machine. What the test reads
/// next it waits for by its own locator.
/// </summary>
public static class Navigation
{
    public static PageGotoOptions Goto => new() { WaitUntil = WaitUntilState.DOMContentLoaded };

    public static PageWaitForURLOptions Url => new() { WaitUntil = WaitUntilState.DOMContentLoaded };

    public static PageReloadOptions Reload => new() { WaitUntil = WaitUntilState.DOMContentLoaded };
}
