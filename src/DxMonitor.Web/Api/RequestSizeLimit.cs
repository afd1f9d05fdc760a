using Microsoft.AspNetCore.Http.Metadata;

namespace DxMonitor.Web.Api;

/// <summary>
/// The largest request an endpoint or page takes, in place of the general limit (Api:MaxRequestBodyBytes). One
/// taking a file as multipart/form-data allows the file's own limit plus <see cref="MultipartOverhead"/>.
/// </summary>
public sealed record RequestSizeLimit(long? MaxRequestBodySize) : IRequestSizeLimitMetadata
{
    /// <summary>Room for the multipart envelope around the file itself.</summary>
    public const long MultipartOverhead = 64 * 1024;

    public static RequestSizeLimit ForFile(long maxFileBytes) => new(maxFileBytes + MultipartOverhead);
}
