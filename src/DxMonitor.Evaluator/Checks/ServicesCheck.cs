using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using DxMonitor.Evaluator.Grading;
using DxMonitor.Evaluator.Probing;

namespace DxMonitor.Evaluator.Checks;

/// <summary>
/// The functions of a one-stop portal (Circular 21/2023/TT-BTTTT), looked for by what a citizen can do with them
/// (<see cref="CitizenServices"/>) on the home page as Chromium rendered it (the raw HTML when the browser is off) and
/// on the pages crawled from it. Each missing function costs an equal share; each found one is recorded with the exact
/// element (a short CSS path and the start of its HTML) and the page. A portal with none of the transactional services
/// gets "no-citizen-service", which the grading definitions use to hold the grade down.
/// </summary>
public sealed class ServicesCheck : IPortalCheck
{
    public string Id => "services";

    public CheckResult Evaluate(PortalSnapshot snapshot)
    {
        if (Unreachable.HomeFailed(snapshot))
        {
            return Unreachable.Result(Id, snapshot);
        }
        var home = snapshot.Home!; // not failed: fetched
        var share = 1.0 / CitizenServices.All.Count;
        var parser = new HtmlParser();
        var homeHtml = snapshot.Browser?.RenderedHtml ?? (home.IsHtml ? home.Body : "");
        var documents = new[] { (Url: home.FinalUrl, Html: homeHtml) }
            .Concat(snapshot.Pages.Where(p => p.Ok && p.IsHtml).Select(p => (Url: p.FinalUrl, Html: p.Body)))
            .Select(p => (p.Url, Document: parser.ParseDocument(p.Html))).ToList();
        var findings = new List<Finding>();
        var pages = documents.Count.ToString(CultureInfo.InvariantCulture);
        try
        {
            foreach (var service in CitizenServices.All)
            {
                var seen = documents.Select(d => (d.Url, Element: service.Find(d.Document, d.Url))).FirstOrDefault(d => d.Element is not null);
                findings.Add(seen.Element is { } element
                    ? new("found-" + service.Code, "Found: " + service.Name, 0, new(seen.Url.ToString(), Element: Describe(element)))
                    : new("missing-" + service.Code, $"Not found: {service.Name} (looked on {pages} pages)", share, new(home.FinalUrl.ToString()), [pages]));
            }
        }
        finally
        {
            documents.ForEach(d => d.Document.Dispose());
        }
        var transactional = CitizenServices.All.Where(s => s.Transactional).Select(s => "found-" + s.Code).ToHashSet();
        if (!findings.Any(f => transactional.Contains(f.Code)))
        {
            findings.Add(new("no-citizen-service", "No service a citizen can use: no procedure look-up, submission, dossier look-up, payment or VNeID sign-in",
                0, new(home.FinalUrl.ToString())));
        }
        return CheckResult.Of(Id, findings);
    }

    /// <summary>A short CSS path to the element and the start of its HTML: the exact link or field, not its whole menu.</summary>
    public static string Describe(IElement element)
    {
        var path = new List<string>();
        for (var e = element; e is not null && path.Count < 4; e = e.ParentElement)
        {
            if (e.Id is { Length: > 0 } id)
            {
                path.Insert(0, $"{e.LocalName}#{id}");
                break;
            }
            path.Insert(0, e.ClassList.Length > 0 ? $"{e.LocalName}.{e.ClassList[0]}" : e.LocalName);
        }
        var html = element.OuterHtml;
        // Character references in the page decode to any character, the markers of phrase spans included.
        return Phrase.Plain(string.Join(" > ", path) + " " + (html.Length > 200 ? html[..200] + "…" : html));
    }
}
