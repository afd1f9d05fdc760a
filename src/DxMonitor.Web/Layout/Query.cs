namespace DxMonitor.Web.Layout;

/// <summary>Builds a query string for links from the filters that have a value.</summary>
public static class Query
{
    public static string Of(params (string Name, string? Value)[] parameters)
    {
        var given = parameters.Where(p => !string.IsNullOrWhiteSpace(p.Value))
            .Select(p => $"{Uri.EscapeDataString(p.Name)}={Uri.EscapeDataString(p.Value!)}").ToList(); // filtered on non-blank
        return given.Count == 0 ? "" : "?" + string.Join('&', given);
    }
}
