using System.Diagnostics.CodeAnalysis;
using System.IO.Compression;
using DxMonitor.Domain.Resources;

namespace DxMonitor.Domain.Projects;

/// <summary>
/// Decides a document's type from its first bytes, not its name: a script renamed to .pdf is not a PDF.
/// The file's extension must then agree with the type its content shows.
/// </summary>
public static class DocumentSignature
{
    public static readonly IReadOnlyDictionary<DocumentKind, (string Extension, string ContentType)> Types =
        new Dictionary<DocumentKind, (string, string)>
        {
            [DocumentKind.Pdf] = (".pdf", "application/pdf"),
            [DocumentKind.Png] = (".png", "image/png"),
            [DocumentKind.Jpeg] = (".jpg", "image/jpeg"),
            [DocumentKind.Docx] = (".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            [DocumentKind.Xlsx] = (".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        };

    /// <summary>The type the content shows, or null when it is none of the allowed ones.</summary>
    public static DocumentKind? Detect(ReadOnlySpan<byte> content) => content switch
    {
        [0x25, 0x50, 0x44, 0x46, 0x2D, ..] => DocumentKind.Pdf, // "%PDF-"
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => DocumentKind.Png,
        [0xFF, 0xD8, 0xFF, ..] => DocumentKind.Jpeg,
        [0x50, 0x4B, 0x03, 0x04, ..] => OfficeKind(content),
        _ => null,
    };

    /// <summary>Checks content and name together; the message says what is wrong, in terms the uploader knows.</summary>
    public static bool TryAccept(string fileName, ReadOnlySpan<byte> content, out DocumentKind kind, [NotNullWhen(false)] out string? error)
    {
        kind = default;
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var allowed = string.Join(", ", Types.Values.Select(t => t.Extension).Append(".jpeg"));
        if (Detect(content) is not { } detected)
        {
            error = DocumentText.Texts.Format("ContentNotAccepted", fileName, allowed);
            return false;
        }
        var expected = Types[detected].Extension;
        if (extension != expected && !(detected == DocumentKind.Jpeg && extension == ".jpeg"))
        {
            error = DocumentText.Texts.Format("ExtensionMismatch", fileName, extension, expected);
            return false;
        }
        kind = detected;
        error = null;
        return true;
    }

    /// <summary>DOCX and XLSX are ZIP archives (OPC packages); the parts they hold tell them apart.</summary>
    private static DocumentKind? OfficeKind(ReadOnlySpan<byte> content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content.ToArray(), writable: false), ZipArchiveMode.Read);
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            if (!names.Contains("[Content_Types].xml"))
            {
                return null;
            }
            return names.Contains("word/document.xml") ? DocumentKind.Docx
                : names.Contains("xl/workbook.xml") ? DocumentKind.Xlsx
                : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
