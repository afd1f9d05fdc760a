using DxMonitor.Domain.Resources;

namespace DxMonitor.Domain.Reporting;

/// <summary>
/// A unit's report in a round and its workflow: draft → submitted → returned (with a comment) or accepted →
/// published. Accepted values are locked; a correction reopens the report as a new revision with a reason.
/// Breaking the workflow throws <see cref="RuleViolationException"/>.
/// </summary>
public sealed class Report
{
    public int Id { get; private set; }
    public required int RoundId { get; init; }
    public required int UnitId { get; init; }
    public ReportState State { get; private set; }
    public int Revision { get; private set; } = 1;
    public DateTime? SubmittedAt { get; private set; }
    public string? SubmittedBy { get; private set; }
    public DateTime? FirstSubmittedAt { get; private set; }
    public DateTime? ReviewedAt { get; private set; }
    public string? ReviewedBy { get; private set; }
    public string? ReviewComment { get; private set; }
    public string? CorrectionReason { get; private set; }

    public bool IsEditable => State is ReportState.Draft or ReportState.Returned;

    public void EnsureEditable()
    {
        if (!IsEditable)
        {
            throw new RuleViolationException(ReportingText.Texts.Format("NotEditable", State.InWords()), "state");
        }
    }

    public void Submit(string by, DateTime at)
    {
        EnsureEditable();
        State = ReportState.Submitted;
        SubmittedAt = at;
        SubmittedBy = by;
        FirstSubmittedAt ??= at;
    }

    public void Return(string comment, string by, DateTime at)
    {
        Expect(ReportState.Submitted, "Return");
        if (string.IsNullOrWhiteSpace(comment))
        {
            throw new RuleViolationException(ReportingText.Texts.Format("ReturnNeedsComment"), "comment");
        }
        (State, ReviewComment, ReviewedBy, ReviewedAt) = (ReportState.Returned, comment.Trim(), by, at);
    }

    /// <summary>Accepts the report; a note, when given, becomes the review comment (a returned report's comment stays otherwise).</summary>
    public void Accept(string by, DateTime at, string? note = null)
    {
        Expect(ReportState.Submitted, "Accept");
        (State, ReviewedBy, ReviewedAt) = (ReportState.Accepted, by, at);
        if (!string.IsNullOrWhiteSpace(note))
        {
            ReviewComment = note.Trim();
        }
    }

    public void Publish()
    {
        Expect(ReportState.Accepted, "Publish");
        State = ReportState.Published;
    }

    /// <summary>Reopens an accepted or published report for a correction: a new revision, with the reason kept.</summary>
    public void Reopen(string reason)
    {
        if (State is not (ReportState.Accepted or ReportState.Published))
        {
            throw new RuleViolationException(ReportingText.Texts.Format("ReopenOnlyAccepted", State.InWords()), "state");
        }
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new RuleViolationException(ReportingText.Texts.Format("CorrectionNeedsReason"), "reason");
        }
        (State, Revision, CorrectionReason, ReviewComment) = (ReportState.Draft, Revision + 1, reason.Trim(), null);
    }

    private void Expect(ReportState state, string action)
    {
        if (State != state)
        {
            throw new RuleViolationException(ReportingText.Texts.Format("WrongState", state.InWords(), ReportingText.Texts.Format($"Action_{action}"), State.InWords()), "state");
        }
    }
}
