using System.Buffers.Binary;
using System.Text;
using Npgsql;

namespace DxMonitor.Data.Dossiers;

/// <summary>
/// Rows in PostgreSQL's binary COPY format, gathered in a buffer and sent through a raw COPY stream: what Npgsql's
/// binary importer sends, without resolving a parameter and a converter for every value (which cost the ingest more
/// client time than the rest of the COPY). Text is UTF-8 and refuses a lone surrogate, times must be UTC, as the
/// importer requires.
/// </summary>
internal sealed class BinaryCopyRows(NpgsqlRawCopyStream stream, byte[] buffer)
{
    /// <summary>More than any dossier row takes (21 values, two texts of at most 64 characters).</summary>
    private const int RowRoom = 2048;

    private static readonly UTF8Encoding Utf8 = new(false, throwOnInvalidBytes: true);
    private static readonly long PostgresEpochTicks = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;

    private int _used;

    public void Header()
    {
        ReadOnlySpan<byte> signature = [(byte)'P', (byte)'G', (byte)'C', (byte)'O', (byte)'P', (byte)'Y', (byte)'\n', 0xFF, (byte)'\r', (byte)'\n', 0];
        signature.CopyTo(buffer);
        _used = signature.Length;
        Int32(0); // flags
        Int32(0); // header extension length
    }

    /// <summary>Starts a row of <paramref name="columns"/> values, sending the buffer first when it may not hold it.</summary>
    public async ValueTask StartRowAsync(short columns, CancellationToken ct)
    {
        if (buffer.Length - _used < RowRoom)
        {
            await FlushAsync(ct);
        }
        Int16(columns);
    }

    public void Integer(int value)
    {
        Int32(4);
        Int32(value);
    }

    public void Integer(int? value)
    {
        if (value is { } v)
        {
            Integer(v);
        }
        else
        {
            Null();
        }
    }

    public void Bigint(long value)
    {
        Int32(8);
        BinaryPrimitives.WriteInt64BigEndian(buffer.AsSpan(_used), value);
        _used += 8;
    }

    public void Boolean(bool value)
    {
        Int32(1);
        buffer[_used++] = value ? (byte)1 : (byte)0;
    }

    public void Boolean(bool? value)
    {
        if (value is { } v)
        {
            Boolean(v);
        }
        else
        {
            Null();
        }
    }

    public void Text(string value)
    {
        var length = Utf8.GetBytes(value, buffer.AsSpan(_used + 4));
        Int32(length);
        _used += length;
    }

    /// <summary>A <c>timestamp with time zone</c>: microseconds since 2000-01-01 UTC; the extreme DateTimes are ±infinity, as Npgsql writes them.</summary>
    public void Timestamp(DateTime value)
    {
        if (value.Kind != DateTimeKind.Utc && value != DateTime.MinValue && value != DateTime.MaxValue)
        {
            throw new ArgumentException($"Only UTC times are written to timestamp with time zone; got {value.Kind}.", nameof(value));
        }
        var micros = value == DateTime.MinValue ? long.MinValue
            : value == DateTime.MaxValue ? long.MaxValue
            : (value.Ticks - PostgresEpochTicks) / TimeSpan.TicksPerMicrosecond;
        Bigint(micros);
    }

    public void Timestamp(DateTime? value)
    {
        if (value is { } v)
        {
            Timestamp(v);
        }
        else
        {
            Null();
        }
    }

    /// <summary>Ends the data and sends what is left.</summary>
    public async ValueTask EndAsync(CancellationToken ct)
    {
        Int16(-1);
        await FlushAsync(ct);
    }

    private void Null() => Int32(-1);

    private void Int16(short value)
    {
        BinaryPrimitives.WriteInt16BigEndian(buffer.AsSpan(_used), value);
        _used += 2;
    }

    private void Int32(int value)
    {
        BinaryPrimitives.WriteInt32BigEndian(buffer.AsSpan(_used), value);
        _used += 4;
    }

    private async ValueTask FlushAsync(CancellationToken ct)
    {
        await stream.WriteAsync(buffer.AsMemory(0, _used), ct);
        _used = 0;
    }
}
