using DxMonitor.Web.Api;
using DxMonitor.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace DxMonitor.Web.Hosting;

/// <summary>
/// The framework's own problems (a bare 401, 403 or 404, a failed validation) carry English titles such as
/// "Not Found"; they are told in the request's language like ours.
/// </summary>
internal static class ProblemTitles
{
    private const string ValidationTitle = "One or more validation errors occurred.";
    private const string ServerErrorTitle = "An error occurred while processing your request.";

    public static void Translate(ProblemDetails problem)
    {
        if (problem.Status is not { } status || !IsFrameworkTitle(problem.Title, status))
        {
            return;
        }
        var key = status switch
        {
            StatusCodes.Status400BadRequest when problem is HttpValidationProblemDetails => "InvalidInputTitle",
            StatusCodes.Status400BadRequest => "BadRequestTitle",
            StatusCodes.Status401Unauthorized => "UnauthorizedTitle",
            StatusCodes.Status403Forbidden => "ForbiddenTitle",
            StatusCodes.Status404NotFound => "NotFoundTitle",
            StatusCodes.Status405MethodNotAllowed => "MethodNotAllowedTitle",
            StatusCodes.Status409Conflict => "ConflictTitle",
            StatusCodes.Status413PayloadTooLarge => "BodyTooLargeTitle",
            StatusCodes.Status415UnsupportedMediaType => "UnsupportedMediaTypeTitle",
            StatusCodes.Status422UnprocessableEntity => "InvalidInputTitle",
            StatusCodes.Status429TooManyRequests => "TooManyRequestsTitle",
            >= 500 => "InternalErrorTitle",
            _ => null,
        };
        if (key is not null)
        {
            problem.Title = ApiText.Texts.Format(key);
        }
    }

    private static bool IsFrameworkTitle(string? title, int status) =>
        title is null or ValidationTitle or ServerErrorTitle || title == ReasonPhrases.GetReasonPhrase(status);
}
