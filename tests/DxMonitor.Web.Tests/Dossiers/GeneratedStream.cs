using System.Text;

namespace DxMonitor.Web.Tests.Dossiers;

/// <summary>
/// A read-only stream of <paramref name="length"/> bytes made on the fly: a header line, then one line repeated.
/// It lets a test send a 2 GB body without writing 2 GB anywhere.
/// </summary>
public sealed class GeneratedStream(string header, string line, long length) : Stream
{
    private readonly byte[] _header = Encoding.UTF8.GetBytes(header + "\n");
    private readonly byte[] _line = Encoding.UTF8.GetBytes(line + "\n");
    private long _position;

    public long BytesRead => _position;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => length;

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var written = 0;
        while (written < count && _position < length)
        {
            var source = _position < _header.Length ? _header : _line;
            var at = _position < _header.Length ? _position : (_position - _header.Length) % _line.Length;
            var n = (int)Math.Min(Math.Min(source.Length - at, count - written), length - _position);
            Array.Copy(source, at, buffer, offset + written, n);
            written += n;
            _position += n;
        }
        return written;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
