using System.Text;
using DxMonitor.Data.Dossiers;

namespace DxMonitor.Data.Tests.Dossiers;

public sealed class CsvRecordsTests
{
    private static async Task<List<(long Row, string[] Fields)>> ReadAsync(string text, int max = 1000)
    {
        var result = new List<(long, string[])>();
        await foreach (var record in CsvRecords.ReadAsync(new MemoryStream(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray()), max, CancellationToken.None))
        {
            result.Add((record.Row, [.. record.Fields]));
        }
        return result;
    }

    [Fact]
    public async Task Quotes_line_breaks_and_vietnamese_text_survive()
    {
        var records = await ReadAsync("a,b,c\r\n\"Hồ sơ, \"\"đất đai\"\"\",2,\"dòng 1\r\ndòng 2\"\r\n\r\nx,,z");

        Assert.Equal(3, records.Count);
        Assert.Equal([1L, 2L, 4L], records.Select(r => r.Row));
        Assert.Equal(["a", "b", "c"], records[0].Fields);
        Assert.Equal(["Hồ sơ, \"đất đai\"", "2", "dòng 1\r\ndòng 2"], records[1].Fields);
        Assert.Equal(["x", "", "z"], records[2].Fields);
    }

    [Fact]
    public async Task A_header_without_commas_but_with_semicolons_is_semicolon_separated()
    {
        var records = await ReadAsync("a;b\n1;\"2;3\"\n");

        Assert.Equal(new[] { "1", "2;3" }, records[1].Fields);
    }

    [Theory]
    [InlineData("a,b\n1,\"open", "not closed")]
    [InlineData("a,b\n1,2222222222222222222222222222222222", "longer than 20 characters")]
    [InlineData("a,b\n1,\0", "binary")]
    public async Task Unreadable_input_names_its_row(string text, string fragment)
    {
        var error = await Assert.ThrowsAsync<UnreadableInputException>(() => ReadAsync(text, 20));

        Assert.Contains("Row 2", error.Message, StringComparison.Ordinal);
        Assert.Contains(fragment, error.Message, StringComparison.Ordinal);
    }
}
