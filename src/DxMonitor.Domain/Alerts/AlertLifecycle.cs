namespace DxMonitor.Domain.Alerts;

/// <summary>
/// Applies one evaluation's findings to the open alerts: opens new ones, updates those still found, fires
/// pending ones that held long enough, resolves those not found for enough evaluations, escalates those
/// firing unacknowledged too long. Returns the new alerts and every transition, for notification.
/// </summary>
public static class AlertLifecycle
{
    public static (IReadOnlyList<Alert> Opened, IReadOnlyList<AlertTransition> Transitions) Apply(
        IReadOnlyList<Alert> open, IReadOnlyList<AlertCandidate> candidates, DateTime now, AlertPolicy policy)
    {
        // Duplicates are closed by ResolveDuplicates; should any reach here, the first opened stands for its fingerprint.
        var byFingerprint = open.Where(a => a.IsOpen).GroupBy(a => a.Fingerprint, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.MinBy(a => a.Id)!, StringComparer.Ordinal);
        var found = new HashSet<string>(StringComparer.Ordinal);
        var opened = new List<Alert>();
        var transitions = new List<AlertTransition>();
        foreach (var candidate in candidates)
        {
            if (!found.Add(candidate.Fingerprint))
            {
                continue;
            }
            if (byFingerprint.TryGetValue(candidate.Fingerprint, out var alert))
            {
                alert.Severity = candidate.Severity;
                alert.SummaryVi = candidate.SummaryVi;
                alert.SummaryEn = candidate.SummaryEn;
                alert.Evidence = candidate.Evidence;
                alert.LastSeenAt = now;
                alert.ClearCount = 0;
            }
            else
            {
                alert = Open(candidate, now);
                opened.Add(alert);
                transitions.Add(new(alert, null, AlertState.Pending, false));
            }
            if (alert.State == AlertState.Pending && now - alert.OpenedAt >= policy.PendingFor)
            {
                alert.State = AlertState.Firing;
                alert.FiringSince = now;
                transitions.Add(new(alert, AlertState.Pending, AlertState.Firing, false));
            }
            Escalate(alert, now, policy, transitions);
        }
        foreach (var alert in byFingerprint.Values.Where(a => !found.Contains(a.Fingerprint)))
        {
            alert.ClearCount++;
            if (alert.ClearCount >= policy.ClearAfterEvaluations)
            {
                var from = alert.State;
                alert.State = AlertState.Resolved;
                alert.ResolvedAt = now;
                transitions.Add(new(alert, from, AlertState.Resolved, false));
            }
        }
        return (opened, transitions);
    }

    /// <summary>
    /// Closes every open alert that repeats the fingerprint of an earlier open one (the first opened is kept), as
    /// left by two writers before one open alert per fingerprint was enforced; returns the alerts closed. Closing
    /// them is no transition: nothing changed for the people who were told about the first.
    /// </summary>
    public static IReadOnlyList<Alert> ResolveDuplicates(IReadOnlyList<Alert> open, DateTime now)
    {
        var duplicates = open.Where(a => a.IsOpen).GroupBy(a => a.Fingerprint, StringComparer.Ordinal)
            .SelectMany(g => g.OrderBy(a => a.Id).Skip(1)).ToList();
        foreach (var alert in duplicates)
        {
            alert.State = AlertState.Resolved;
            alert.ResolvedAt = now;
        }
        return duplicates;
    }

    private static Alert Open(AlertCandidate candidate, DateTime now) => new()
    {
        Fingerprint = candidate.Fingerprint,
        Rule = candidate.Rule,
        Severity = candidate.Severity,
        UnitId = candidate.UnitId,
        IndicatorId = candidate.IndicatorId,
        PeriodCode = candidate.PeriodCode,
        SummaryVi = candidate.SummaryVi,
        SummaryEn = candidate.SummaryEn,
        Evidence = candidate.Evidence,
        State = AlertState.Pending,
        OpenedAt = now,
        LastSeenAt = now,
    };

    private static void Escalate(Alert alert, DateTime now, AlertPolicy policy, List<AlertTransition> transitions)
    {
        if (alert.State != AlertState.Firing || alert.EscalationLevel >= policy.MaxEscalations || alert.IsSilencedAt(now))
        {
            return;
        }
        var since = alert.EscalatedAt ?? alert.FiringSince ?? now;
        if (now - since >= policy.EscalateAfter)
        {
            alert.EscalationLevel++;
            alert.EscalatedAt = now;
            transitions.Add(new(alert, AlertState.Firing, AlertState.Firing, true));
        }
    }
}
