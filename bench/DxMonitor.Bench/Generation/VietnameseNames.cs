namespace DxMonitor.Bench.Generation;

/// <summary>Plausible commune and ward names ("Xã Tân Phú", "Phường Hòa Bình"), with their unaccented English form.</summary>
public static class VietnameseNames
{
    private static readonly (string Vi, string En)[] Syllables =
    [
        ("An", "An"), ("Bình", "Binh"), ("Hòa", "Hoa"), ("Phú", "Phu"), ("Tân", "Tan"), ("Thạnh", "Thanh"),
        ("Long", "Long"), ("Mỹ", "My"), ("Đông", "Dong"), ("Tây", "Tay"), ("Nam", "Nam"), ("Bắc", "Bac"),
        ("Hưng", "Hung"), ("Thuận", "Thuan"), ("Phước", "Phuoc"), ("Lộc", "Loc"), ("Sơn", "Son"), ("Hải", "Hai"),
        ("Quang", "Quang"), ("Trung", "Trung"), ("Đức", "Duc"), ("Thành", "Thanh"), ("Vĩnh", "Vinh"),
        ("Hiệp", "Hiep"), ("Lợi", "Loi"), ("Xuân", "Xuan"), ("Thịnh", "Thinh"), ("Định", "Dinh"),
        ("Khánh", "Khanh"), ("Cường", "Cuong"), ("Yên", "Yen"), ("Hồng", "Hong"), ("Lạc", "Lac"), ("Kim", "Kim"),
    ];

    /// <summary>Names for <paramref name="count"/> units of one province, distinct within it; about one in four is a ward.</summary>
    public static IReadOnlyList<(string Vi, string En)> Communes(Random random, int count)
    {
        var names = new List<(string, string)>(count);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        while (names.Count < count)
        {
            var (firstVi, firstEn) = Syllables[random.Next(Syllables.Length)];
            var (secondVi, secondEn) = Syllables[random.Next(Syllables.Length)];
            if (firstVi == secondVi || !taken.Add(firstVi + " " + secondVi))
            {
                continue;
            }
            var ward = random.Next(4) == 0;
            names.Add(ward
                ? ($"Phường {firstVi} {secondVi}", $"{firstEn} {secondEn} Ward")
                : ($"Xã {firstVi} {secondVi}", $"{firstEn} {secondEn} Commune"));
        }
        return names;
    }
}
