using System.Text.RegularExpressions;

namespace DxMonitor.Web.Tests.Pages;

/// <summary>Which links a crawl of the product's pages follows, and which pages count as one kind (the same path but for record ids).</summary>
public static partial class PageCrawl
{
    public static bool Crawlable(string href) =>
        href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal) && !href.StartsWith("/api/", StringComparison.Ordinal)
        && !href.StartsWith("/account/logout", StringComparison.Ordinal) && !href.Contains("culture=", StringComparison.Ordinal)
        && !Regex.IsMatch(href, @"\.(csv|xlsx|json|geojson|svg|png|js|css)(\?|$)");

    /// <summary>The page's kind: its path with every segment that names a record (P01, C26734, 2025, R-2025Q3, 12) as {id}.</summary>
    public static string Kind(string href) => Identifiers().Replace(href.Split('#')[0].Split('?')[0], "{id}");

    /// <summary>
    /// The component that renders the page: its kind with every segment that names a record by code as well
    /// (M-MOIT, NAT.GCI_RANK, VN; the product's own path words are lower case). Every indicator's page is built by
    /// the same component, so checking its markup once covers them all; its words differ, which is why
    /// <see cref="Kind"/> keeps them apart.
    /// </summary>
    public static string Layout(string href) => Codes().Replace(Kind(href), "{id}");

    [GeneratedRegex(@"(?<=/)[^/]*\d[^/]*")]
    private static partial Regex Identifiers();

    [GeneratedRegex(@"(?<=/)[^/{]*[A-Z][^/]*")]
    private static partial Regex Codes();
}
