namespace DxMonitor.Web.Layout;

/// <summary>Statuses a page answers with while still sending its own friendly body.</summary>
public static class PageStatus
{
    /// <summary>
    /// Answers 404 with the page's body. The status is set as the response starts, not while rendering: Blazor
    /// treats a status changed during rendering, with status-code pages on (they are, for the API), as a request
    /// for re-execution and sends no body at all.
    /// </summary>
    public static void NotFound(HttpContext? http)
    {
        if (http is not { Response.HasStarted: false })
        {
            return;
        }
        http.Response.OnStarting(() =>
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });
    }
}
