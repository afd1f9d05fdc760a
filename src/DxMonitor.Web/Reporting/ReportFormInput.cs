namespace DxMonitor.Web.Reporting;

/// <summary>What the report page's form posts: one line per indicator, the button pressed, a reviewer's comment.</summary>
public sealed class ReportFormInput
{
    public List<LineInput> Lines { get; set; } = [];
    public string? Action { get; set; }
    public string? ReviewText { get; set; }
}

/// <summary>One line of the posted form: the value as typed (invariant number from an input of type number) and its comment.</summary>
public sealed class LineInput
{
    public string Indicator { get; set; } = "";
    public string? Value { get; set; }
    public string? Comment { get; set; }
}
