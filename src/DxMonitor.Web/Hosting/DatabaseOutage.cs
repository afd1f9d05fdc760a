using System.Text.Encodings.Web;
using System.Text.Unicode;
using DxMonitor.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace DxMonitor.Web.Hosting;

/// <summary>
/// A database that does not answer (down, restarting, failing over, refusing connections, or a SQLite file locked by
/// a long write) is an outage, not a fault of the request: 503 with Retry-After, as problem details for the API and
/// programs, as a short page in the reader's language for browsers.
/// </summary>
internal static class DatabaseOutage
{
    public const int RetryAfterSeconds = 5;

    public static bool Is(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException server:
                    return Unavailable(server);
                case NpgsqlException:
                    return true; // not the server's answer: the connection could not be made, was lost or timed out
                case SqliteException sqlite:
                    return sqlite.SqliteErrorCode is 5 or 6; // SQLITE_BUSY, SQLITE_LOCKED
            }
        }
        return false;
    }

    public static async Task AnswerAsync(HttpContext http, IProblemDetailsService problems)
    {
        http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        http.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!http.Request.Path.StartsWithSegments("/api") && http.Request.GetTypedHeaders().Accept.Any(a => a.MediaType == "text/html"))
        {
            await WritePageAsync(http);
            return;
        }
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status503ServiceUnavailable,
            Title = OutageText.Texts.Format("Title"),
            Detail = OutageText.Texts.Format("Detail", RetryAfterSeconds),
        };
        if (!await problems.TryWriteAsync(new() { HttpContext = http, ProblemDetails = problem }))
        {
            await PlainAnswers.WriteAsync(http, problem);
        }
    }

    /// <summary>
    /// Server errors that mean "not now": connection failures (class 08), the server shutting down or starting
    /// (57P01-57P04), too many connections, the database missing or not accepting connections (55000 raised by the
    /// server's connection start-up routines, e.g. under ALLOW_CONNECTIONS false), or a standby that refuses writes
    /// during a failover.
    /// </summary>
    private static bool Unavailable(PostgresException e) =>
        e.SqlState.StartsWith("08", StringComparison.Ordinal)
        || e.SqlState is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow
            or PostgresErrorCodes.DatabaseDropped or PostgresErrorCodes.TooManyConnections or PostgresErrorCodes.InvalidCatalogName
            or PostgresErrorCodes.ReadOnlySqlTransaction
        || (e.SqlState == PostgresErrorCodes.ObjectNotInPrerequisiteState && e.Routine is "CheckMyDatabase" or "InitPostgres");

    private static async Task WritePageAsync(HttpContext http)
    {
        var html = HtmlEncoder.Create(UnicodeRanges.All); // Vietnamese letters as themselves, as the pages write them
        var language = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var title = html.Encode(OutageText.Texts.Format("Title"));
        var again = html.Encode(http.Request.PathBase + http.Request.Path + http.Request.QueryString);
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="{language}">
            <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>{title} – DxMonitor</title><link rel="stylesheet" href="/css/site.css" /></head>
            <body><main><h1>{title}</h1><p>{html.Encode(OutageText.Texts.Format("PageBody", RetryAfterSeconds))}</p><p><a href="{again}">{html.Encode(OutageText.Texts.Format("Retry"))}</a></p></main></body>
            </html>
            """, http.RequestAborted);
    }
}
