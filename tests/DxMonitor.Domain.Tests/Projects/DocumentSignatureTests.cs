using System.IO.Compression;
using System.Text;
using DxMonitor.Domain.Projects;

namespace DxMonitor.Domain.Tests.Projects;

public sealed class DocumentSignatureTests
{
    private const string Eicar = @"X5O!P%@AP[4\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

    internal static byte[] Zip(params string[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write("<x/>");
            }
        }
        return buffer.ToArray();
    }

    [Theory]
    [InlineData("quyet-dinh.pdf", DocumentKind.Pdf)]
    [InlineData("so-do.png", DocumentKind.Png)]
    [InlineData("anh.JPEG", DocumentKind.Jpeg)]
    public void Content_and_extension_that_agree_are_accepted(string name, DocumentKind kind)
    {
        byte[] content = kind switch
        {
            DocumentKind.Pdf => Encoding.ASCII.GetBytes("%PDF-1.7\n%âãÏÓ\n1 0 obj"),
            DocumentKind.Png => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13],
            _ => [0xFF, 0xD8, 0xFF, 0xE0, 0, 16],
        };

        Assert.True(DocumentSignature.TryAccept(name, content, out var detected, out var error), error);
        Assert.Equal(kind, detected);
    }

    [Fact]
    public void Office_files_are_told_apart_by_their_parts()
    {
        Assert.Equal(DocumentKind.Docx, DocumentSignature.Detect(Zip("[Content_Types].xml", "word/document.xml")));
        Assert.Equal(DocumentKind.Xlsx, DocumentSignature.Detect(Zip("[Content_Types].xml", "xl/workbook.xml")));
        Assert.Null(DocumentSignature.Detect(Zip("payload.exe")));
    }

    [Fact]
    public void A_virus_test_script_is_refused_whatever_its_name()
    {
        Assert.False(DocumentSignature.TryAccept("hop-dong.pdf", Encoding.ASCII.GetBytes(Eicar), out _, out var error));
        Assert.Contains("not one of the accepted types", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_whose_extension_lies_about_its_content_is_refused()
    {
        Assert.False(DocumentSignature.TryAccept("bien-ban.pdf", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], out _, out var error));
        Assert.Contains("its content is .png", error, StringComparison.Ordinal);
    }
}
