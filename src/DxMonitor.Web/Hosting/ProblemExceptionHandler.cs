using System.Text.Json;
using DxMonitor.Domain;
using DxMonitor.Web.Api;
using DxMonitor.Web.Resources;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Hosting;

/// <summary>
/// The one place exceptions become responses: a broken domain rule is 422 naming the field, an unreadable
/// body 400 naming the JSON path, a body over the limit 413, a lost update 409, a database that does not answer 503
/// (<see cref="DatabaseOutage"/>), anything else a bare 500.
/// </summary>
internal sealed partial class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        if (DatabaseOutage.Is(exception))
        {
            LogOutage(logger, http.Request.Path, exception.GetBaseException().Message);
            await DatabaseOutage.AnswerAsync(http, problems);
            return true;
        }
        var problem = exception switch
        {
            RuleViolationException rule => Invalid(StatusCodes.Status422UnprocessableEntity, rule.Field ?? "", rule.Message),
            Units.UnitOutOfScopeException scope => new ProblemDetails
            {
                Status = StatusCodes.Status403Forbidden,
                Title = ApiText.Texts.Format("NotYourUnitTitle"),
                Detail = scope.Message,
                Extensions = { ["field"] = scope.Field },
            },
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => new ProblemDetails
            {
                Status = StatusCodes.Status413PayloadTooLarge,
                Title = ApiText.Texts.Format("BodyTooLargeTitle"),
                Detail = ApiText.Texts.Format("BodyTooLarge"),
            },
            BadHttpRequestException { InnerException: JsonException json } =>
                Invalid(StatusCodes.Status400BadRequest, FieldOf(json.Path), ReadableJsonError(json)),
            BadHttpRequestException { InnerException: AntiforgeryValidationException } => new ProblemDetails
            {
                Status = StatusCodes.Status400BadRequest,
                Title = ApiText.Texts.Format("BadRequestTitle"),
                Detail = ApiText.Texts.Format("AntiforgeryFailed"),
            },
            BadHttpRequestException bad => new ProblemDetails { Status = bad.StatusCode, Title = ApiText.Texts.Format("BadRequestTitle"), Detail = FrameworkMessages.Translate(bad.Message) },
            DbUpdateException when Data.UniqueViolation.Is(exception) => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = ApiText.Texts.Format("ConflictTitle"),
                Detail = ApiText.Texts.Format("Conflict"),
            },
            DbUpdateConcurrencyException => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = ApiText.Texts.Format("ConflictTitle"),
                Detail = ApiText.Texts.Format("Conflict"),
            },
            _ => null,
        };
        if (problem is null)
        {
            LogUnhandled(logger, exception, http.Request.Path);
            problem = new ProblemDetails { Status = StatusCodes.Status500InternalServerError, Title = ApiText.Texts.Format("InternalErrorTitle") };
        }
        http.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        if (!await problems.TryWriteAsync(new() { HttpContext = http, ProblemDetails = problem, Exception = exception }))
        {
            await PlainAnswers.WriteAsync(http, problem);
        }
        return true;
    }

    private static ValidationProblemDetails Invalid(int status, string field, string message) =>
        new(new Dictionary<string, string[]> { [field] = [message] }) { Status = status, Title = ApiText.Texts.Format("InvalidInputTitle") };

    /// <summary>"$.values[2].value" becomes "values[2].value".</summary>
    internal static string FieldOf(string? jsonPath) =>
        string.IsNullOrEmpty(jsonPath) || jsonPath == "$" ? "body" : jsonPath.TrimStart('$').TrimStart('.');

    internal static string ReadableJsonError(JsonException json) =>
        FrameworkMessages.Translate(json.Message.Split(" Path:", 2)[0].Replace("System.", "", StringComparison.Ordinal));

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database did not answer on {Path}: {Reason}; answered 503")]
    private static partial void LogOutage(ILogger logger, string path, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error on {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string path);
}
