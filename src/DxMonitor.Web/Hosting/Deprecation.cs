using System.Globalization;
using Microsoft.Net.Http.Headers;

namespace DxMonitor.Web.Hosting;

/// <summary>
/// How an operation of /api/v1 is retired without breaking anyone unannounced (docs/api.md, "Versions"): it is marked
/// with <see cref="Deprecated{TBuilder}"/>, and from then on every answer carries `Deprecation` (RFC 9745), `Sunset`
/// (RFC 8594) and a Link to what replaces it; the OpenAPI document marks the operation deprecated with the same dates.
/// </summary>
public static class Deprecation
{
    /// <summary>When an operation was deprecated, when it stops answering, and where to read what replaces it.</summary>
    public sealed record Notice(DateTimeOffset Since, DateTimeOffset Sunset, string Link);

    public static TBuilder Deprecated<TBuilder>(this TBuilder builder, DateOnly since, DateOnly sunset, string link)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new Notice(new(since, TimeOnly.MinValue, TimeSpan.Zero), new(sunset, TimeOnly.MinValue, TimeSpan.Zero), link));

    public static ValueTask<object?> FilterAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<Notice>() is { } notice)
        {
            var headers = context.HttpContext.Response.Headers;
            headers["Deprecation"] = "@" + notice.Since.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            headers["Sunset"] = notice.Sunset.ToString("R", CultureInfo.InvariantCulture);
            headers.Append(HeaderNames.Link, $"<{notice.Link}>; rel=\"deprecation\"; type=\"text/html\"");
        }
        return next(context);
    }
}
