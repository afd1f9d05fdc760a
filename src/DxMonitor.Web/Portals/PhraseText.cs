using System.Globalization;
using DxMonitor.Evaluator.Grading;
using Microsoft.Extensions.Localization;

namespace DxMonitor.Web.Portals;

/// <summary>
/// A stored evidence part, reason or argument in the reader's language: each evaluator phrase in it is rendered from
/// the resource "Phrase_{code}"; the rest (URLs, HTML, headers, numbers with units, and the English text of evaluations
/// stored before phrases existed) is shown as stored.
/// </summary>
public static class PhraseText
{
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(stored))]
    public static string? Render(IStringLocalizer text, string? stored) => Phrase.Render(stored, phrase =>
        text["Phrase_" + phrase.Code] is { ResourceNotFound: false } template
            ? string.Format(CultureInfo.CurrentCulture, template.Value, [.. phrase.Arguments])
            : EnglishPhrases.Render(phrase.ToString()));
}
