using Microsoft.Extensions.Options;

namespace DxMonitor.Web.Projects;

/// <summary>
/// Project documents on disk, outside wwwroot (never served as static files), each under a random name the
/// server chose: a client's path or name never reaches the file system.
/// </summary>
public sealed class DocumentStore(IWebHostEnvironment environment, IOptions<ProjectsOptions> options)
{
    private string Folder
    {
        get
        {
            var folder = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.DocumentFolder));
            var web = Path.GetFullPath(environment.WebRootPath ?? Path.Combine(environment.ContentRootPath, "wwwroot"));
            if (folder.StartsWith(web, StringComparison.Ordinal))
            {
                throw new InvalidOperationException("Projects:DocumentFolder must not be inside wwwroot.");
            }
            return folder;
        }
    }

    public static string NewName() => Guid.NewGuid().ToString("N");

    public async Task SaveAsync(string storedName, byte[] content, CancellationToken ct)
    {
        Directory.CreateDirectory(Folder);
        await File.WriteAllBytesAsync(PathOf(storedName), content, ct);
    }

    public Stream? Open(string storedName) => File.Exists(PathOf(storedName)) ? File.OpenRead(PathOf(storedName)) : null;

    public void Delete(string storedName) => File.Delete(PathOf(storedName));

    private string PathOf(string storedName) =>
        storedName.Length == 32 && storedName.All(char.IsAsciiHexDigitLower)
            ? Path.Combine(Folder, storedName)
            : throw new ArgumentException("Not a stored document name.", nameof(storedName));
}
