namespace DxMonitor.Evaluator.Checks;

/// <summary>
/// A service citizens need and how to recognise it on a page: CSS selectors of elements that are the feature, and
/// phrases (Vietnamese and English, compared without diacritics) in the text, title, placeholder or link of
/// buttons, links, labels and headings.
/// </summary>
public sealed record ServiceFeature(string Code, string Name, IReadOnlyList<string> Selectors, IReadOnlyList<string> Phrases);
