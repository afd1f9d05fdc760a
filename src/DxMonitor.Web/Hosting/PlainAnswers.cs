using DxMonitor.Web.Accounts;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace DxMonitor.Web.Hosting;

/// <summary>
/// A client that does not take JSON, such as a browser posting a form whose antiforgery token expired, reads the
/// problem as plain text in the request's language instead of an empty page or the framework's English.
/// </summary>
internal static class PlainAnswers
{
    /// <summary>The status-code pages: a problem details body when the client takes JSON, plain text otherwise.</summary>
    public static async Task StatusPageAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        var problem = new ProblemDetails { Status = http.Response.StatusCode, Detail = RefusalDetails.For(http) };
        var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        if (!await problems.TryWriteAsync(new() { HttpContext = http, ProblemDetails = problem }))
        {
            await WriteAsync(http, problem);
        }
    }

    public static async Task WriteAsync(HttpContext http, ProblemDetails problem)
    {
        ProblemTitles.Translate(problem);
        http.Response.ContentType = "text/plain; charset=utf-8";
        var title = $"{problem.Status} – {problem.Title}";
        await http.Response.WriteAsync(problem.Detail is null ? title : title + Environment.NewLine + problem.Detail, http.RequestAborted);
    }
}
