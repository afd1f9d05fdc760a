using System.Net.Http.Headers;
using System.Text;
using DxMonitor.Domain.Dossiers;
using DxMonitor.Domain.Tests.Dossiers;

namespace DxMonitor.Web.Tests.Dossiers;

/// <summary>Dossier files and requests for the tests: the hand-checked set as CSV and NDJSON, and uploads.</summary>
public static class DossierFiles
{
    public const string Header = "dossier_id,unit,procedure,channel,online_scope,received_at,due_at,finished_at,status,paid_online,digitised";

    public static string Line(DossierFields f) => string.Join(',',
        f.DossierId, f.Unit, f.Procedure, f.Channel, f.OnlineScope, f.ReceivedAt, f.DueAt, f.FinishedAt, f.Status, f.PaidOnline, f.Digitised);

    public static byte[] Csv(params string[] lines) => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n")];

    /// <summary>The hand-checked set (optionally only some units') as a CSV file.</summary>
    public static byte[] SampleCsv(params string[] units) =>
        Csv([Header, .. SampleDossiers.Fields.Where(f => units.Length == 0 || units.Contains(f.Unit)).Select(Line)]);

    public static Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] bytes, string fileName = "ho-so.csv")
    {
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(file, "file", fileName);
        return client.PostAsync("/api/v1/dossiers/import", content);
    }

    public static Task<HttpResponseMessage> StreamAsync(HttpClient client, Stream body, string mediaType, long? length = null)
    {
        var content = new StreamContent(body, 1 << 16);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        content.Headers.ContentLength = length;
        return client.PostAsync("/api/v1/dossiers/stream", content);
    }
}
