namespace DxMonitor.Evaluator.Browser;

/// <summary>An axe-core rule the page broke, with the elements (CSS selector and HTML) that broke it.</summary>
public sealed record AxeViolation(string Rule, string Impact, string Help, string HelpUrl, IReadOnlyList<string> Targets, IReadOnlyList<string> Html);
