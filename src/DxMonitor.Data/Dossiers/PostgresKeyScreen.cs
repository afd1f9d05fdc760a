using Npgsql;
using NpgsqlTypes;

namespace DxMonitor.Data.Dossiers;

/// <summary>
/// Picks the dossiers of a chunk that may already be stored, so that only those are looked up. The first time the
/// upload meets a unit it asks for the highest number that unit has stored ("C" order, as the primary key sorts), or
/// learns it has none. A number above it cannot have been stored by another upload before then, and one this upload
/// wrote in an earlier chunk is caught by <see cref="WrittenKeys"/>: such a dossier is appended without a lookup.
/// Should another upload store the same dossier meanwhile, the append waits for it and fails on the primary key, a
/// conflict, as when the two are open at once. Numbers are compared as PostgreSQL compares UTF-8 text in "C" order;
/// on a database of another encoding, or for a number with a surrogate (a character above U+FFFF, or a lone one), the
/// number is looked up.
/// </summary>
internal sealed class PostgresKeyScreen(NpgsqlConnection connection, NpgsqlTransaction transaction, bool utf8)
{
    private const string Highest =
        """
        SELECT u, (SELECT max(d."Number") FROM dossiers d WHERE d."UnitId" = u) FROM unnest($1::integer[]) AS u
        """;

    /// <summary>Each unit met so far: the highest number it had stored, or null for none.</summary>
    private readonly Dictionary<int, string?> _highest = [];

    private WrittenKeys? _written;

    /// <summary>For each row of the chunk last screened: whether no other upload had stored its dossier when its unit was first met.</summary>
    private bool[] _new = [];

    /// <summary>The chunk's rows, from <paramref name="order"/>, that must be looked up.</summary>
    public async Task<List<int>> MayBeStoredAsync(DossierChunk chunk, int[] order, CancellationToken ct)
    {
        await MeetUnitsAsync(chunk, order, ct);
        if (_new.Length < chunk.Count)
        {
            _new = new bool[Math.Max(chunk.Capacity, chunk.Count)];
        }
        var result = new List<int>();
        var (unit, highest, met) = (0, (string?)null, false);
        foreach (var i in order)
        {
            if (!met || chunk.UnitIds[i] != unit)
            {
                met = true;
                unit = chunk.UnitIds[i];
                highest = _highest[unit];
            }
            var number = chunk.Numbers[i];
            _new[i] = highest is null
                || (utf8 && !number.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF') && DossierChunk.CompareNumbers(number, highest) > 0);
            if (!_new[i] || _written?.MayContain(unit, number) == true)
            {
                result.Add(i);
            }
        }
        return result;
    }

    /// <summary>Remembers the rows of the chunk just screened that were appended without a lookup, once they are written.</summary>
    public void Written(DossierChunk chunk)
    {
        for (var i = 0; i < chunk.Count; i++)
        {
            if (_new[i])
            {
                (_written ??= new WrittenKeys()).Add(chunk.UnitIds[i], chunk.Numbers[i]);
            }
        }
    }

    private async Task MeetUnitsAsync(DossierChunk chunk, int[] order, CancellationToken ct)
    {
        var units = new List<int>();
        foreach (var i in order)
        {
            var unit = chunk.UnitIds[i];
            if (!_highest.ContainsKey(unit) && (units.Count == 0 || units[^1] != unit))
            {
                units.Add(unit);
            }
        }
        if (units.Count == 0)
        {
            return;
        }
        await using var query = new NpgsqlCommand(Highest, connection, transaction) { CommandTimeout = 0 };
        query.Parameters.Add(new() { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Integer, Value = units.ToArray() });
        await using var reader = await query.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            _highest[reader.GetInt32(0)] = reader.IsDBNull(1) ? null : reader.GetString(1);
        }
    }
}
