using System.Threading.RateLimiting;
using DxMonitor.Web.Api;
using DxMonitor.Web.Resources;
using Microsoft.AspNetCore.Mvc;

namespace DxMonitor.Web.Accounts;

/// <summary>Rate limits: sign-in attempts per client address, API requests per user or address; 429 with a problem.</summary>
public static class RequestLimits
{
    public const string SignIn = "sign-in";
    public const string Api = "api";

    public static void AddRequestLimits(this WebApplicationBuilder builder, AccountOptions options)
    {
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(SignIn, http => RateLimitPartition.GetFixedWindowLimiter(Address(http),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.SignInsPerMinute, Window = TimeSpan.FromMinutes(1) }));
            limiter.AddPolicy(Api, http => RateLimitPartition.GetFixedWindowLimiter(http.User.Identity?.Name ?? Address(http),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.ApiRequestsPerMinute, Window = TimeSpan.FromMinutes(1) }));
            limiter.OnRejected = async (context, ct) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.WriteAsync(new()
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = ApiText.Texts.Format("TooManyRequestsTitle"),
                        Detail = ApiText.Texts.Format("TooManyRequests"),
                    },
                });
            };
        });
    }

    private static string Address(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
