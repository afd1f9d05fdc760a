using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using DxMonitor.Data.Dossiers;
using DxMonitor.Web.Resources;

namespace DxMonitor.Web.Dossiers;

/// <summary>
/// Dossier rows of an NDJSON stream (one JSON object per line, as <see cref="DossierItem"/>), read as they
/// arrive in constant memory. A line that is not such an object makes the whole input unreadable.
/// </summary>
public static class NdjsonDossierSource
{
    public static async IAsyncEnumerable<DossierIngest.Row> RowsAsync(
        Stream stream, int maxLineChars, JsonSerializerOptions json, [EnumeratorCancellation] CancellationToken ct)
    {
        using var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), false, 1 << 16);
        var buffer = new char[1 << 16];
        var line = new StringBuilder();
        long number = 1;
        while (true)
        {
            int read;
            try
            {
                read = await reader.ReadAsync(buffer, ct);
            }
            catch (DecoderFallbackException)
            {
                throw new UnreadableInputException(DossiersText.Texts.Format("LineNotUtf8", number));
            }
            for (var i = 0; i < read; i++)
            {
                if (buffer[i] != '\n')
                {
                    if (line.Length >= maxLineChars)
                    {
                        throw new UnreadableInputException(DossiersText.Texts.Format("LineTooLong", number, maxLineChars));
                    }
                    line.Append(buffer[i]);
                    continue;
                }
                if (Parse(line, number, json) is { } row)
                {
                    yield return row;
                }
                line.Clear();
                number++;
            }
            if (read == 0)
            {
                if (Parse(line, number, json) is { } last)
                {
                    yield return last;
                }
                yield break;
            }
        }
    }

    /// <summary>"line 5 (receivedAt)".</summary>
    public static string Where(DossierIngest.Problem problem) =>
        string.Create(CultureInfo.InvariantCulture, $"line {problem.Row} ({DossierItem.JsonName(problem.Column)})");

    private static DossierIngest.Row? Parse(StringBuilder line, long number, JsonSerializerOptions json)
    {
        var text = line.ToString().Trim();
        if (text.Length == 0)
        {
            return null;
        }
        try
        {
            var item = JsonSerializer.Deserialize<DossierItem>(text, json)
                ?? throw new UnreadableInputException(DossiersText.Texts.Format("LineNull", number));
            return new DossierIngest.Row(number, item.ToFields());
        }
        catch (JsonException e)
        {
            throw new UnreadableInputException(DossiersText.Texts.Format("LineNotDossier", number, e.Message.Split(" Path:", 2)[0], e.Path));
        }
    }
}
