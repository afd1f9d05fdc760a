using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace DxMonitor.Web.Api;

/// <summary>
/// A page of a list (<see cref="Paged{T}"/>, which carries the total) also links to its neighbours in a Link header
/// (RFC 8288): rel="next" while items remain, rel="prev" after the first page; the same query with another page.
/// </summary>
internal static class PageLinks
{
    public static async ValueTask<object?> FilterAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        var inner = result is INestedHttpResult nested ? nested.Result : result;
        if (inner is IValueHttpResult { Value: { } value } && Page(value) is var (page, pageSize, total))
        {
            var request = context.HttpContext.Request;
            var links = new List<string>();
            if ((long)page * pageSize < total)
            {
                links.Add($"<{Url(request, page + 1)}>; rel=\"next\"");
            }
            if (page > 1)
            {
                links.Add($"<{Url(request, page - 1)}>; rel=\"prev\"");
            }
            if (links.Count > 0)
            {
                context.HttpContext.Response.Headers[HeaderNames.Link] = string.Join(", ", links);
            }
        }
        return result;
    }

    private static (int Page, int PageSize, int Total)? Page(object value)
    {
        var type = value.GetType();
        if (!type.IsGenericType || type.GetGenericTypeDefinition() != typeof(Paged<>))
        {
            return null;
        }
        int Read(string name) => (int)type.GetProperty(name)!.GetValue(value)!; // Paged<T> has these three int members.
        return (Read(nameof(Paged<object>.Page)), Read(nameof(Paged<object>.PageSize)), Read(nameof(Paged<object>.Total)));
    }

    /// <summary>The request's path and query with another page, relative to the host (proxies may rewrite it).</summary>
    private static string Url(HttpRequest request, int page)
    {
        var query = QueryHelpers.ParseQuery(request.QueryString.Value);
        query["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return request.PathBase + request.Path + QueryString.Create(query);
    }
}
