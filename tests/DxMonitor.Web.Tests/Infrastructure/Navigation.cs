using System.Text.RegularExpressions;
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

    private static PageWaitForURLOptions Url => new() { WaitUntil = WaitUntilState.DOMContentLoaded };

    public static PageReloadOptions Reload => new() { WaitUntil = WaitUntilState.DOMContentLoaded };

    /// <summary>
    /// Waits until the page's address satisfies <paramref name="url"/>; when it never does, the failure says where the
    /// page stayed and what it showed, which a bare timeout does not.
    /// </summary>
    public static Task ReachesAsync(this IPage page, Func<string, bool> url) => ReachesAsync(page, () => page.WaitForURLAsync(url, Url));

    /// <inheritdoc cref="ReachesAsync(IPage, Func{string, bool})"/>
    public static Task ReachesAsync(this IPage page, string glob) => ReachesAsync(page, () => page.WaitForURLAsync(glob, Url));

    /// <inheritdoc cref="ReachesAsync(IPage, Func{string, bool})"/>
    public static Task ReachesAsync(this IPage page, Regex url) => ReachesAsync(page, () => page.WaitForURLAsync(url, Url));

    private static async Task ReachesAsync(IPage page, Func<Task> wait)
    {
        try
        {
            await wait();
        }
        catch (TimeoutException e)
        {
            string shown;
            try
            {
                shown = await page.Locator("body").InnerTextAsync(new() { Timeout = 5_000 });
            }
            catch (PlaywrightException)
            {
                shown = "(its text could not be read)";
            }
            throw new TimeoutException($"The page stayed at {page.Url}, showing: {shown[..Math.Min(shown.Length, 600)]}", e);
        }
    }
}
