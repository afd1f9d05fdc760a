namespace DxMonitor.Web.Units;

/// <summary>What the unit administration page's forms post; each form uses the fields it shows.</summary>
public sealed class UnitFormInput
{
    public string? Code { get; set; }
    public string? AdminCode { get; set; }
    public string? Level { get; set; }
    public string? NameVi { get; set; }
    public string? NameEn { get; set; }
    public string? Note { get; set; }
    public DateOnly? Date { get; set; }

    /// <summary>Merge: the other units merged with this one, codes separated by spaces or commas.</summary>
    public string? Others { get; set; }

    /// <summary>Merge: an existing successor's code; empty when the successor is new (Code and names).</summary>
    public string? Successor { get; set; }

    public static IReadOnlyList<string> Codes(string? text) =>
        [.. (text ?? "").Split([' ', ',', ';', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)];
}
