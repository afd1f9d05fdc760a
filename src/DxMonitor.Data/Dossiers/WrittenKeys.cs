namespace DxMonitor.Data.Dossiers;

/// <summary>
/// The (unit, number) keys an upload has written without looking them up. The first <see cref="ExactKeys"/> are kept
/// as they are, so that the many small uploads never allocate more than they write; past that, all are kept in
/// constant memory (16 MB) as a Bloom filter: <see cref="MayContain"/> is never wrong when it says no, and wrong in
/// under 1% of the keys when it says yes for up to ten million keys (more keys, more false yeses). A yes only costs a
/// lookup in the database, which settles it. Each key sets seven bits of one 64-byte block, so a key costs one cache miss.
/// </summary>
internal sealed class WrittenKeys
{
    public const int ExactKeys = 100_000;

    private const int BlockBits = 18; // 2^18 blocks of 8 words: 16 MB
    private const int Probes = 7;

    private HashSet<(int Unit, string Number)>? _exact = [];
    private ulong[]? _words;

    public void Add(int unit, string number)
    {
        if (_exact is { } exact)
        {
            exact.Add((unit, number));
            if (exact.Count <= ExactKeys)
            {
                return;
            }
            _words = new ulong[(1 << BlockBits) * 8];
            _exact = null;
            foreach (var (u, n) in exact)
            {
                Set(u, n);
            }
            return;
        }
        Set(unit, number);
    }

    public bool MayContain(int unit, string number)
    {
        if (_exact is { } exact)
        {
            return exact.Contains((unit, number));
        }
        var words = _words!;
        var (block, bits) = Locate(unit, number);
        for (var i = 0; i < Probes; i++, bits >>= 9)
        {
            if ((words[block + (int)(bits & 0x1FF) / 64] & (1UL << (int)(bits & 63))) == 0)
            {
                return false;
            }
        }
        return true;
    }

    private void Set(int unit, string number)
    {
        var words = _words!;
        var (block, bits) = Locate(unit, number);
        for (var i = 0; i < Probes; i++, bits >>= 9)
        {
            words[block + (int)(bits & 0x1FF) / 64] |= 1UL << (int)(bits & 63);
        }
    }

    /// <summary>The key's block (index of its first word) and 63 bits that place its seven probes (9 bits each) in the block.</summary>
    private static (int Block, ulong Bits) Locate(int unit, string number)
    {
        // FNV-1a over the unit and the number's characters, then two rounds of SplitMix64's finaliser.
        var hash = 14695981039346656037UL ^ (uint)unit;
        foreach (var c in number)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }
        var first = Mix(hash);
        var second = Mix(first ^ 0x9E3779B97F4A7C15UL);
        return ((int)(first >> (64 - BlockBits)) * 8, second);
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
