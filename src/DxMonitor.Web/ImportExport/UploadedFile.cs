using DxMonitor.Web.Api;
using DxMonitor.Web.Resources;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DxMonitor.Web.ImportExport;

/// <summary>An import's file as a form sends it in the field 'file': its name and bytes.</summary>
public sealed record UploadedFile(string Name, byte[] Bytes)
{
    /// <summary>The file, or the problem that stops reading it: 413 past <paramref name="maxBytes"/>, 400 when the request is not a form with a file.</summary>
    public static async Task<(UploadedFile? File, ProblemHttpResult? Problem)> ReadAsync(HttpRequest request, long maxBytes, CancellationToken ct)
    {
        if (request.ContentLength > maxBytes + RequestSizeLimit.MultipartOverhead)
        {
            return (null, ImportExportApi.TooLarge(maxBytes));
        }
        if (!request.HasFormContentType || (await request.ReadFormAsync(ct)).Files.GetFile("file") is not { } file)
        {
            return (null, ImportExportApi.BadFile(ImportExportText.Texts.Format("SendMultipart"), null));
        }
        if (file.Length > maxBytes)
        {
            return (null, ImportExportApi.TooLarge(maxBytes));
        }
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, ct);
        return (new UploadedFile(file.FileName, buffer.ToArray()), null);
    }
}
