using DxMonitor.Data;
using DxMonitor.Domain.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Components.Endpoints;

namespace DxMonitor.Web.Accounts;

/// <summary>
/// Some pages are read by more people than may use their forms: a leader reads the portals but registers none, an
/// officer reads another unit's project but attaches nothing to it. A page hides its forms from those readers; a
/// post forged by one of them is refused here, before the page runs, like a page they may not open: the sign-in
/// cookie sends them to the access-denied page (403) and nothing is written. Each page's rule is in
/// <see cref="PagePostRules"/>.
/// </summary>
public static class PagePostAccess
{
    /// <summary>What a rule decides on: the request (for route values), the signed-in reader and the database.</summary>
    public sealed record Post(HttpContext Http, Actor Actor, DxDbContext Db);

    public static void UsePagePostAccess(this WebApplication app) => app.Use(async (http, next) =>
    {
        if (HttpMethods.IsPost(http.Request.Method)
            && http.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is { } page
            && PagePostRules.For(page.Type) is { } mayPost)
        {
            if (http.User.Identity?.IsAuthenticated != true)
            {
                await http.ChallengeAsync();
                return;
            }
            var db = http.RequestServices.GetRequiredService<DxDbContext>();
            if (!await mayPost(new Post(http, http.User.ToActor(), db)))
            {
                await http.ForbidAsync();
                return;
            }
        }
        await next(http);
    });
}
