using System.ComponentModel.DataAnnotations;

namespace DxMonitor.Web.Indicators;

/// <summary>A formula to check, e.g. "100 * PRV.DOSSIERS_ONLINE / PRV.DOSSIERS_TOTAL".</summary>
public sealed record FormulaCheckRequest([property: Required, StringLength(500)] string Formula);

/// <summary>A valid formula and the indicator codes it uses.</summary>
public sealed record FormulaCheckResponse(string Formula, IReadOnlyList<string> References);
