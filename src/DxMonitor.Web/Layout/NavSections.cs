using System.Security.Claims;
using DxMonitor.Domain.Access;

namespace DxMonitor.Web.Layout;

/// <summary>
/// The main navigation's menus: each link with its resource key and, where not everyone sees it, who does.
/// A menu with no link the reader may see is not shown.
/// </summary>
public static class NavSections
{
    public sealed record NavLink(string Href, string Text, Func<ClaimsPrincipal, bool>? VisibleTo = null);

    public sealed record NavSection(string Text, IReadOnlyList<NavLink> Links);

    private static bool Administrator(ClaimsPrincipal user) => user.IsInRole(nameof(Role.NationalAdministrator));

    private static bool Staff(ClaimsPrincipal user) => user.Identity?.IsAuthenticated == true;

    private static bool Reviewer(ClaimsPrincipal user) => user.IsInRole(nameof(Role.NationalAnalyst)) || Administrator(user);

    public static IReadOnlyList<NavSection> All { get; } =
    [
        new("NavMonitoring",
        [
            new("/dashboard", "NavDashboard"),
            new("/map", "NavMap"),
            new("/progress", "NavProgress"),
            new("/rankings", "NavRankings"),
            new("/service-index", "NavServiceIndex", Staff),
            new("/methodologies", "NavMethodologies", Staff),
            new("/alerts", "NavAlerts"),
        ]),
        new("NavReportingMenu",
        [
            new("/reporting", "NavReporting"),
            new("/publication", "NavPublication", Reviewer),
            new("/audit", "NavAudit"),
        ]),
        new("NavProgrammes",
        [
            new("/projects", "NavProjects"),
            new("/registries", "NavRegistries"),
            new("/dossiers", "NavDossiers"),
            new("/portals", "NavPortals"),
        ]),
        new("NavAdministration",
        [
            new("/admin/indicators", "NavIndicators", Reviewer),
            new("/admin/targets", "NavTargets", Reviewer),
            new("/admin/metadata", "NavMetadata", Reviewer),
            new("/admin/users", "NavUsers", Administrator),
            new("/admin/notifications", "NavNotifications", Administrator),
            new("/admin/units/VN", "NavUnits", Administrator),
            new("/admin/unit-groups", "NavUnitGroups", Administrator),
            new("/admin/calendar", "NavCalendar", Administrator),
        ]),
    ];

    public static IEnumerable<NavLink> VisibleTo(this NavSection section, ClaimsPrincipal? user) =>
        section.Links.Where(l => l.VisibleTo is null || (user is not null && l.VisibleTo(user)));

    /// <summary>Whether <paramref name="href"/> is the page at <paramref name="path"/> or a page below it (/rankings for /rankings/indicators).</summary>
    public static bool IsCurrent(string href, PathString path) =>
        href == "/" ? path.Value is null or "" or "/" : path.StartsWithSegments(href, StringComparison.OrdinalIgnoreCase);
}
