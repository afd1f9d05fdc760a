using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace DxMonitor.Web.Hosting;

/// <summary>
/// ETag and If-None-Match on the open reads of the API (published data, no token needed): the tag is a hash of the JSON
/// answer, so a program polling published figures gets 304 Not Modified, with no body, until they change.
/// </summary>
internal static class ConditionalReads
{
    public static async ValueTask<object?> FilterAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        var http = context.HttpContext;
        if (!HttpMethods.IsGet(http.Request.Method) || !IsOpen(http.GetEndpoint()?.Metadata ?? []) || Unwrap(result) is not (IStatusCodeHttpResult { StatusCode: 200 } and IValueHttpResult { Value: { } value }))
        {
            return result;
        }
        var json = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var body = JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(), json);
        var tag = new EntityTagHeaderValue($"\"{Convert.ToBase64String(SHA256.HashData(body).AsSpan(0, 16)).TrimEnd('=')}\"");
        var headers = http.Response.GetTypedHeaders();
        headers.ETag = tag;
        // The answer depends on who asks (a token sees unpublished values too) and in which language.
        http.Response.Headers.Append(HeaderNames.Vary, "Authorization, Accept-Language");
        http.Response.Headers.CacheControl = "no-cache";
        var asked = http.Request.GetTypedHeaders().IfNoneMatch;
        if (asked.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(tag, useStrongComparison: false)))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }
        return TypedResults.Bytes(body, "application/json; charset=utf-8");
    }

    /// <summary>An endpoint anyone may read, without a token.</summary>
    internal static bool IsOpen(IEnumerable<object> metadata) =>
        metadata.OfType<IAllowAnonymous>().Any() || !metadata.OfType<IAuthorizeData>().Any();

    internal static object? Unwrap(object? result) => result is INestedHttpResult nested ? nested.Result : result;
}
