using DxMonitor.Domain.Access;

namespace DxMonitor.Domain.Procedures;

/// <summary>
/// One version of a unit's administrative procedure: its terms from <see cref="ValidFrom"/> until the next version's
/// date or <see cref="ValidTo"/> (exclusive). Dossiers name the procedure by <see cref="Code"/>, and are judged by the
/// version in force when they were received.
/// </summary>
public sealed class Procedure : IAuditedRecord
{
    public const int CodeMaxLength = 64;

    public long Id { get; private set; }
    public required int UnitId { get; init; }
    public required string Code { get; init; }
    public required DateOnly ValidFrom { get; init; }
    public DateOnly? ValidTo { get; set; }
    public required string Name { get; set; }
    public string NameFolded { get; set; } = "";
    public OnlineLevel OnlineLevel { get; set; }
    public bool HasFee { get; set; }
    public bool PaperResult { get; set; }
    public int? TimeLimitDays { get; set; }
    public bool WorkingDays { get; set; }

    public string AuditSubject => $"procedure/{UnitId}/{Code}/{ValidFrom:yyyy-MM-dd}";

    public ProcedureTerms Terms => new(Name, OnlineLevel, HasFee, PaperResult, TimeLimitDays, WorkingDays);

    public bool IsInForceOn(DateOnly date) => ValidFrom <= date && (ValidTo is null || date < ValidTo);

    public void Apply(ProcedureTerms terms)
    {
        Name = terms.Name;
        NameFolded = Text.SearchText.Fold(terms.Name);
        OnlineLevel = terms.OnlineLevel;
        HasFee = terms.HasFee;
        PaperResult = terms.PaperResult;
        TimeLimitDays = terms.TimeLimitDays;
        WorkingDays = terms.WorkingDays;
    }
}
