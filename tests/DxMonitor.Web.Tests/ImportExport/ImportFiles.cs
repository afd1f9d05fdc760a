using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;

namespace DxMonitor.Web.Tests.ImportExport;

/// <summary>Builds files to import, uploads them, and converts them with a real spreadsheet program.</summary>
public static class ImportFiles
{
    public const string Header = "Mã chỉ tiêu,Mã đơn vị,Kỳ báo cáo,Giá trị,Ghi chú";

    /// <summary>A UTF-8 CSV (with BOM) of the given lines.</summary>
    public static byte[] Csv(params string[] lines) => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n")];

    public static Task<HttpResponseMessage> UploadAsync(HttpClient client, string fileName, byte[] bytes) =>
        UploadToAsync(client, "/api/v1/values/import", fileName, bytes);

    /// <summary>Posts a file as multipart/form-data in the field 'file' to <paramref name="url"/>.</summary>
    public static Task<HttpResponseMessage> UploadToAsync(HttpClient client, string url, string fileName, byte[] bytes)
    {
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(file, "file", fileName);
        return client.PostAsync(url, content);
    }

    /// <summary>Converts a CSV to XLSX with LibreOffice (soffice --headless --convert-to xlsx) and returns the workbook's bytes.</summary>
    public static async Task<byte[]> ConvertWithLibreOfficeAsync(byte[] csv)
    {
        var soffice = Environment.GetEnvironmentVariable("DXMONITOR_TEST_SOFFICE") is { Length: > 0 } configured ? configured
            : new[] { "/usr/bin/soffice", "/usr/bin/libreoffice" }.FirstOrDefault(File.Exists);
        Assert.True(soffice is not null && File.Exists(soffice),
            "LibreOffice is not installed: run 'apt-get install -y libreoffice-calc-nogui' (test.sh does) or set DXMONITOR_TEST_SOFFICE.");
        var dir = Directory.CreateTempSubdirectory("dxmonitor-soffice-");
        try
        {
            var input = Path.Combine(dir.FullName, "values.csv");
            await File.WriteAllBytesAsync(input, csv);
            // A private profile: concurrent runs must not share LibreOffice's user installation (it locks it).
            var start = new ProcessStartInfo(soffice)
            {
                ArgumentList =
                {
                    $"-env:UserInstallation=file://{dir.FullName}/profile", "--headless",
                    "--infilter=CSV:44,34,76,1", "--convert-to", "xlsx", "--outdir", dir.FullName, input,
                },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start)!; // Start returns null only for shell-executed documents.
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var errors = process.StandardError.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
            var xlsx = Path.Combine(dir.FullName, "values.xlsx");
            Assert.True(process.ExitCode == 0 && File.Exists(xlsx),
                $"soffice failed ({process.ExitCode}): {await output} {await errors}");
            return await File.ReadAllBytesAsync(xlsx);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
