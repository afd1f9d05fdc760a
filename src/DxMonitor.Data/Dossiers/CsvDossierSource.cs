using System.Globalization;
using System.Runtime.CompilerServices;
using DxMonitor.Data.Resources;
using DxMonitor.Domain.Dossiers;

namespace DxMonitor.Data.Dossiers;

/// <summary>
/// Dossier rows of a CSV file or stream: row 1 names the columns (English key or Vietnamese header, in any
/// order); each later record becomes a row, read as it arrives. Problems are placed as "row 7, column F (received_at)".
/// </summary>
public sealed class CsvDossierSource : IAsyncDisposable
{
    private readonly IAsyncEnumerator<CsvRecords.Record> _records;
    private readonly DossierColumns.Column?[] _layout;
    private readonly int[] _positions;

    private CsvDossierSource(IAsyncEnumerator<CsvRecords.Record> records, DossierColumns.Column?[] layout)
    {
        _records = records;
        _layout = layout;
        _positions = DossierColumns.Positions(layout);
    }

    /// <summary>Reads the header; wrong or missing columns are returned keyed "row 1, column C" or "columns".</summary>
    public static async Task<(CsvDossierSource? Source, Dictionary<string, string[]> Errors)> OpenAsync(Stream stream, int maxRecordChars, CancellationToken ct)
    {
        var records = CsvRecords.ReadAsync(stream, maxRecordChars, ct).GetAsyncEnumerator(ct);
        if (!await records.MoveNextAsync())
        {
            await records.DisposeAsync();
            return (null, new() { ["file"] = [IngestText.Texts.Format("EmptyFile")] });
        }
        var header = records.Current.Fields;
        var layout = new DossierColumns.Column?[header.Count];
        var errors = new Dictionary<string, string[]>();
        for (var i = 0; i < header.Count; i++)
        {
            var column = DossierColumns.Find(header[i]);
            if (column is null && !string.IsNullOrWhiteSpace(header[i]))
            {
                errors[$"row 1, column {Letter(i)}"] = [IngestText.Texts.Format("UnknownColumn", header[i], string.Join(", ", DossierColumns.All.Select(c => c.Key)))];
            }
            else if (column is not null && layout.Contains(column))
            {
                errors[$"row 1, column {Letter(i)}"] = [IngestText.Texts.Format("ColumnTwice", column.Key)];
            }
            layout[i] = column;
        }
        var missing = DossierColumns.All.Where(c => c.Required && !layout.Contains(c)).Select(c => $"{c.Header} ({c.Key})").ToList();
        if (missing.Count > 0)
        {
            errors["columns"] = [IngestText.Texts.Format("MissingColumns", string.Join(", ", missing))];
        }
        if (errors.Count > 0)
        {
            await records.DisposeAsync();
            return (null, errors);
        }
        return (new CsvDossierSource(records, layout), errors);
    }

    public async IAsyncEnumerable<DossierIngest.Row> RowsAsync([EnumeratorCancellation] CancellationToken ct)
    {
        while (await _records.MoveNextAsync())
        {
            ct.ThrowIfCancellationRequested();
            var record = _records.Current;
            yield return new DossierIngest.Row(record.Row, DossierColumns.FromCells(_positions, record.Fields));
        }
    }

    /// <summary>"row 7, column F (received_at)", or "row 7 (due_at)" for a column the file does not have.</summary>
    public string Where(DossierIngest.Problem problem)
    {
        var index = Array.FindIndex(_layout, c => c?.Key == problem.Column);
        return index < 0
            ? string.Create(CultureInfo.InvariantCulture, $"row {problem.Row} ({problem.Column})")
            : string.Create(CultureInfo.InvariantCulture, $"row {problem.Row}, column {Letter(index)} ({problem.Column})");
    }

    public ValueTask DisposeAsync() => _records.DisposeAsync();

    private static string Letter(int index) => index < 26
        ? ((char)('A' + index)).ToString()
        : string.Concat((char)('A' + index / 26 - 1), (char)('A' + index % 26));
}
