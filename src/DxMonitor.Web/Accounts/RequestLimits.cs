using System.Globalization;
using System.Threading.RateLimiting;
using DxMonitor.Web.Api;
using DxMonitor.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

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
                var seconds = Describe(context, options);
                var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.WriteAsync(new()
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = ApiText.Texts.Format("TooManyRequestsTitle"),
                        Detail = ApiText.Texts.Format("TooManyRequests", seconds),
                    },
                });
            };
        });
    }

    /// <summary>
    /// Retry-After and the IETF RateLimit header fields (draft-ietf-httpapi-ratelimit-headers): the policy's quota and
    /// window, none remaining, and the seconds until the window resets.
    /// </summary>
    private static int Describe(OnRejectedContext context, AccountOptions options)
    {
        var policy = context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName ?? Api;
        var quota = policy == SignIn ? options.SignInsPerMinute : options.ApiRequestsPerMinute;
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 60;
        var headers = context.HttpContext.Response.Headers;
        headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        headers["RateLimit-Policy"] = $"\"{policy}\";q={quota};w=60";
        headers["RateLimit"] = $"\"{policy}\";r=0;t={seconds}";
        return seconds;
    }

    private static string Address(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
