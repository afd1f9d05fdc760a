using DxMonitor.Web.Dossiers;
using DxMonitor.Web.Portals;
using DxMonitor.Web.Projects;
using DxMonitor.Web.Registries;
using DxMonitor.Web.Reporting;
using DxMonitor.Web.Units;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Accounts;

/// <summary>
/// Who may post each page whose forms are shown to only some of its readers: the same tests the pages use to
/// show the forms. A page not listed shows its forms to every reader it lets in.
/// </summary>
public static class PagePostRules
{
    public static Func<PagePostAccess.Post, Task<bool>>? For(Type page) => page switch
    {
        _ when page == typeof(RoundsPage) || page == typeof(Methodologies.MethodologyPage) => OpensRoundsAsync,
        _ when page == typeof(ProjectPage) => WritesProjectAsync,
        _ when page == typeof(PortalsPage) || page == typeof(RegistryPage) || page == typeof(DossiersPage) => WritesSomeUnitAsync,
        _ when page == typeof(PortalPage) => EvaluatesPortalAsync,
        _ when page == typeof(Alerts.AlertPage) => ActsOnAlertAsync,
        _ when page == typeof(Metadata.MetadataPage) => AdministersAsync,
        _ => null,
    };

    /// <summary>The rounds page's only form opens a round, the methodology page's copy, edit and adopt: reviewers (national staff) only.</summary>
    private static async Task<bool> OpensRoundsAsync(PagePostAccess.Post post)
    {
        var authorization = post.Http.RequestServices.GetRequiredService<IAuthorizationService>();
        return (await authorization.AuthorizeAsync(post.Http.User, ReportingApi.Review)).Succeeded;
    }

    /// <summary>The metadata page shows its export to reviewers and takes imports from national administrators only.</summary>
    private static async Task<bool> AdministersAsync(PagePostAccess.Post post)
    {
        var authorization = post.Http.RequestServices.GetRequiredService<IAuthorizationService>();
        return (await authorization.AuthorizeAsync(post.Http.User, Users.UsersApi.Administer)).Succeeded;
    }

    /// <summary>A project's page takes document uploads from those who may write the project (an unknown code: its page says so).</summary>
    private static async Task<bool> WritesProjectAsync(PagePostAccess.Post post)
    {
        var code = post.Http.Request.RouteValues["Code"] as string;
        var unitId = await post.Db.Projects.Where(p => p.Code == code).Select(p => (int?)p.UnitId).SingleOrDefaultAsync(post.Http.RequestAborted);
        return unitId is not { } unit || ProjectAccess.CanWrite(post.Actor, unit, await UnitDirectory.LoadAsync(post.Db, post.Http.RequestAborted));
    }

    /// <summary>The portals, registry and dossier pages' forms write for the units the reader may write: none for a leader.</summary>
    private static async Task<bool> WritesSomeUnitAsync(PagePostAccess.Post post)
    {
        var units = await UnitDirectory.LoadAsync(post.Db, post.Http.RequestAborted);
        return units.All.Any(u => post.Actor.CanWriteFor(u.Id, units.AncestorIds(u)));
    }

    /// <summary>An alert's page offers acknowledge and silence to those who may write for the alert's unit (an unknown alert: its page says so).</summary>
    private static async Task<bool> ActsOnAlertAsync(PagePostAccess.Post post)
    {
        if (!long.TryParse(post.Http.Request.RouteValues["Id"] as string, out var id)
            || await post.Db.Alerts.Where(a => a.Id == id).Select(a => (int?)a.UnitId).SingleOrDefaultAsync(post.Http.RequestAborted) is not { } unit)
        {
            return true;
        }
        var units = await UnitDirectory.LoadAsync(post.Db, post.Http.RequestAborted);
        return post.Actor.CanWriteFor(unit, units.AncestorIds(units.ById[unit]));
    }

    /// <summary>A portal's page offers "evaluate now" to those who may evaluate that portal.</summary>
    private static async Task<bool> EvaluatesPortalAsync(PagePostAccess.Post post) =>
        !int.TryParse(post.Http.Request.RouteValues["Id"] as string, out var id)
        || await PortalQueries.FindAsync(id, post.Actor, true, post.Db, post.Http.RequestAborted) is not null;
}
