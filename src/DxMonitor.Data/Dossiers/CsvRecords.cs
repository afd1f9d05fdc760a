using System.Runtime.CompilerServices;
using System.Text;
using DxMonitor.Data.Resources;

namespace DxMonitor.Data.Dossiers;

/// <summary>
/// Reads RFC 4180 CSV records from a stream as they arrive, in constant memory: strict UTF-8 (BOM optional),
/// comma separated (semicolon when the first record has none), a record at most <c>maxRecordChars</c> long.
/// The field list of a record is reused for the next one: copy what must be kept.
/// </summary>
public static class CsvRecords
{
    public readonly record struct Record(long Row, IReadOnlyList<string> Fields);

    private static readonly System.Buffers.SearchValues<char> CommaSpecials = System.Buffers.SearchValues.Create(",\"\r\n\0");
    private static readonly System.Buffers.SearchValues<char> SemicolonSpecials = System.Buffers.SearchValues.Create(";\"\r\n\0");

    private static System.Buffers.SearchValues<char> Specials(char separator) => separator == ';' ? SemicolonSpecials : CommaSpecials;

    public static async IAsyncEnumerable<Record> ReadAsync(Stream stream, int maxRecordChars, [EnumeratorCancellation] CancellationToken ct)
    {
        using var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: false, 1 << 16);
        var buffer = new char[1 << 16];
        var fields = new List<string>();
        var field = new StringBuilder();
        var recordChars = 0;
        var quoted = false;
        var afterQuote = false;
        var pendingCr = false;
        char? separator = null;
        long row = 1;
        var atStart = true;
        while (true)
        {
            int read;
            try
            {
                read = await reader.ReadAsync(buffer, ct);
            }
            catch (DecoderFallbackException)
            {
                throw new UnreadableInputException(IngestText.Texts.Format("NotUtf8", row));
            }
            if (read == 0)
            {
                break;
            }
            var start = 0;
            if (atStart)
            {
                atStart = false;
                start = buffer[0] == '\uFEFF' ? 1 : 0;
            }
            if (separator is null)
            {
                // Decide the separator from the first line, which must fit in the first buffer.
                var text = new string(buffer, start, read - start);
                var line = text.Split('\n', 2)[0];
                separator = !line.Contains(',', StringComparison.Ordinal) && line.Contains(';', StringComparison.Ordinal) ? ';' : ',';
            }
            var i = start;
            while (i < read)
            {
                if (!quoted && !pendingCr && !afterQuote)
                {
                    // The common case: copy a run of ordinary characters at once.
                    var run = buffer.AsSpan(i, read - i).IndexOfAny(Specials(separator.Value));
                    var length = run < 0 ? read - i : run;
                    if (length > 0)
                    {
                        recordChars += length;
                        if (recordChars > maxRecordChars)
                        {
                            throw new UnreadableInputException(IngestText.Texts.Format("RowTooLong", row, maxRecordChars));
                        }
                        field.Append(buffer, i, length);
                        i += length;
                        continue;
                    }
                }
                var c = buffer[i++];
                if (c == '\0')
                {
                    throw new UnreadableInputException(IngestText.Texts.Format("BinaryData", row));
                }
                if (pendingCr)
                {
                    pendingCr = false;
                    if (c == '\n')
                    {
                        continue;
                    }
                }
                if (++recordChars > maxRecordChars)
                {
                    throw new UnreadableInputException(IngestText.Texts.Format("RowTooLong", row, maxRecordChars));
                }
                if (quoted)
                {
                    if (c == '"')
                    {
                        quoted = false;
                        afterQuote = true;
                    }
                    else
                    {
                        field.Append(c);
                    }
                    continue;
                }
                if (c == '"')
                {
                    if (afterQuote)
                    {
                        field.Append('"');
                        quoted = true;
                        afterQuote = false;
                    }
                    else if (field.Length == 0)
                    {
                        quoted = true;
                    }
                    else
                    {
                        field.Append(c);
                    }
                    continue;
                }
                afterQuote = false;
                if (c == separator)
                {
                    fields.Add(field.ToString());
                    field.Clear();
                }
                else if (c is '\r' or '\n')
                {
                    pendingCr = c == '\r';
                    fields.Add(field.ToString());
                    field.Clear();
                    if (!(fields.Count == 1 && fields[0].Length == 0))
                    {
                        yield return new Record(row, fields);
                    }
                    fields.Clear();
                    recordChars = 0;
                    row++;
                }
                else
                {
                    field.Append(c);
                }
            }
        }
        if (quoted)
        {
            throw new UnreadableInputException(IngestText.Texts.Format("QuoteNotClosed", row));
        }
        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return new Record(row, fields);
        }
    }
}
