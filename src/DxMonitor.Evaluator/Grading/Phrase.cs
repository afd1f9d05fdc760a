using System.Globalization;
using System.Text;

namespace DxMonitor.Evaluator.Grading;

/// <summary>
/// A piece of the evaluator's prose (a reason, a note in the evidence) as a stable code and invariant-culture arguments,
/// so that each reader renders it in its own language (<see cref="EnglishPhrases"/> for the CLI, the web's resources
/// for pages and the API). It travels inside the strings of findings, evidence and reasons as a span
/// (<see cref="ToString"/>); text outside spans is technical (URLs, HTML, headers, numbers with units) and is shown as is.
/// </summary>
public sealed record Phrase(string Code, IReadOnlyList<string> Arguments)
{
    // Control characters never appear in what a reader should see, so they can mark spans in stored text.
    private const char Start = '\u0002';
    private const char Separator = '\u001F';
    private const char End = '\u0003';

    public static Phrase Of(string code, params object?[] arguments) =>
        new(code, [.. arguments.Select(a => Clean(Convert.ToString(a, CultureInfo.InvariantCulture) ?? ""))]);

    /// <summary>The span that stands for this phrase inside a string.</summary>
    public override string ToString() => Start + Code + string.Concat(Arguments.Select(a => Separator + a)) + End;

    /// <summary>
    /// The text with each span replaced by <paramref name="render"/>'s text for its phrase (the code and arguments when
    /// it has none); a span cut short by a column's length loses its markers.
    /// </summary>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(text))]
    public static string? Render(string? text, Func<Phrase, string?> render)
    {
        if (text is null || !text.Contains(Start, StringComparison.Ordinal))
        {
            return text;
        }
        var result = new StringBuilder();
        var at = 0;
        while (at < text.Length)
        {
            var start = text.IndexOf(Start, at);
            var end = start < 0 ? -1 : text.IndexOf(End, start);
            if (start < 0 || end < 0)
            {
                result.Append(Clean(text[at..]));
                break;
            }
            result.Append(text, at, start - at);
            var parts = text[(start + 1)..end].Split(Separator);
            var phrase = new Phrase(parts[0], parts[1..]);
            result.Append(render(phrase) ?? string.Join(" ", parts));
            at = end + 1;
        }
        return result.ToString();
    }

    /// <summary>
    /// Text from outside (a portal's page, headers, robots.txt, certificate, console) without the characters that mark
    /// spans, so that nothing a portal writes can pass for the evaluator's own words in its evidence.
    /// </summary>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(text))]
    public static string? Plain(string? text) => text is null ? null : Clean(text);

    private static string Clean(string text) =>
        text.IndexOfAny([Start, Separator, End]) < 0 ? text : text.Replace(Start, ' ').Replace(Separator, ' ').Replace(End, ' ');
}
