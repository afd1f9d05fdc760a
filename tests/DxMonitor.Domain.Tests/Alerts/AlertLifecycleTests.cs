using DxMonitor.Domain.Alerts;

namespace DxMonitor.Domain.Tests.Alerts;

public sealed class AlertLifecycleTests
{
    private static readonly DateTime T0 = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly AlertPolicy Policy = new(TimeSpan.FromHours(1), 2, TimeSpan.FromDays(3), 2);

    private static AlertCandidate Behind(string unit = "P01") =>
        new($"behind:t1:{unit}", AlertRule.BehindTrajectory, AlertSeverity.Warning, 1, 7, null, "chậm", "behind", "ratio 0.5");

    [Fact]
    public void A_condition_opens_one_pending_alert_that_fires_once_it_has_held_long_enough()
    {
        var (opened, first) = AlertLifecycle.Apply([], [Behind()], T0, Policy);
        var alert = Assert.Single(opened);
        Assert.Equal(AlertState.Pending, alert.State);

        var (again, second) = AlertLifecycle.Apply([alert], [Behind()], T0.AddMinutes(30), Policy);
        var (_, third) = AlertLifecycle.Apply([alert], [Behind()], T0.AddHours(1), Policy);

        Assert.Empty(again);
        Assert.Empty(second);
        Assert.Equal(AlertState.Firing, alert.State);
        Assert.Equal(AlertState.Firing, Assert.Single(third).To);
        Assert.Single(first);
    }

    [Fact]
    public void The_same_condition_twice_in_one_evaluation_is_one_alert() =>
        Assert.Single(AlertLifecycle.Apply([], [Behind(), Behind()], T0, Policy).Opened);

    [Fact]
    public void One_clean_evaluation_does_not_resolve_two_do()
    {
        var alert = AlertLifecycle.Apply([], [Behind()], T0, AlertPolicy.Default).Opened[0];

        AlertLifecycle.Apply([alert], [], T0.AddHours(1), Policy);
        Assert.Equal(AlertState.Firing, alert.State);
        AlertLifecycle.Apply([alert], [Behind()], T0.AddHours(2), Policy);
        AlertLifecycle.Apply([alert], [], T0.AddHours(3), Policy);
        Assert.Equal(AlertState.Firing, alert.State);
        var (_, transitions) = AlertLifecycle.Apply([alert], [], T0.AddHours(4), Policy);

        Assert.Equal(AlertState.Resolved, alert.State);
        Assert.Equal(AlertState.Resolved, Assert.Single(transitions).To);
    }

    [Fact]
    public void A_resolved_alert_is_not_reopened_a_new_one_is()
    {
        var alert = AlertLifecycle.Apply([], [Behind()], T0, AlertPolicy.Default).Opened[0];
        alert.State = AlertState.Resolved;

        var (opened, _) = AlertLifecycle.Apply([alert], [Behind()], T0.AddDays(1), Policy);

        Assert.NotSame(alert, Assert.Single(opened));
    }

    [Fact]
    public void An_unacknowledged_firing_alert_escalates_one_level_per_interval_up_to_the_limit()
    {
        var alert = AlertLifecycle.Apply([], [Behind()], T0, AlertPolicy.Default).Opened[0];

        AlertLifecycle.Apply([alert], [Behind()], T0.AddDays(3), Policy);
        AlertLifecycle.Apply([alert], [Behind()], T0.AddDays(4), Policy);
        AlertLifecycle.Apply([alert], [Behind()], T0.AddDays(6), Policy);
        AlertLifecycle.Apply([alert], [Behind()], T0.AddDays(30), Policy);

        Assert.Equal(2, alert.EscalationLevel);
    }

    [Fact]
    public void An_acknowledged_alert_does_not_escalate_and_cannot_be_acknowledged_once_resolved()
    {
        var alert = AlertLifecycle.Apply([], [Behind()], T0, AlertPolicy.Default).Opened[0];
        alert.Acknowledge("analyst", T0.AddHours(1));

        AlertLifecycle.Apply([alert], [Behind()], T0.AddDays(10), Policy);

        Assert.Equal((AlertState.Acknowledged, 0), (alert.State, alert.EscalationLevel));
        alert.State = AlertState.Resolved;
        Assert.Throws<RuleViolationException>(() => alert.Acknowledge("analyst", T0));
    }

    [Fact]
    public void Duplicate_open_alerts_of_one_fingerprint_are_tolerated_and_all_but_the_first_closed_without_a_transition()
    {
        var first = AlertLifecycle.Apply([], [Behind()], T0, AlertPolicy.Default).Opened[0];
        var second = AlertLifecycle.Apply([], [Behind()], T0, AlertPolicy.Default).Opened[0];

        var (opened, transitions) = AlertLifecycle.Apply([first, second], [Behind()], T0.AddHours(1), Policy);
        Assert.Empty(opened);
        Assert.Empty(transitions);

        var closed = AlertLifecycle.ResolveDuplicates([first, second], T0.AddHours(2));
        Assert.Same(second, Assert.Single(closed));
        Assert.Equal((AlertState.Firing, AlertState.Resolved), (first.State, second.State));
        Assert.Equal(T0.AddHours(2), second.ResolvedAt);
        Assert.Empty(AlertLifecycle.ResolveDuplicates([first, second], T0.AddHours(3)));
    }

    [Fact]
    public void A_silenced_alert_does_not_escalate_until_its_silence_ends_and_a_silence_needs_a_reason_and_an_end_within_90_days()
    {
        var alert = AlertLifecycle.Apply([], [Behind()], T0, AlertPolicy.Default).Opened[0];
        AlertLifecycle.Apply([alert], [Behind()], T0.AddHours(2), Policy);
        alert.Silence("officer", T0.AddHours(3), T0.AddDays(10), "Đang chờ số liệu điều chỉnh");

        var (_, during) = AlertLifecycle.Apply([alert], [Behind()], T0.AddDays(9), Policy);
        var levelDuring = alert.EscalationLevel;
        var (_, after) = AlertLifecycle.Apply([alert], [Behind()], T0.AddDays(11), Policy);

        Assert.Equal(0, levelDuring);
        Assert.DoesNotContain(during, t => t.Escalated);
        Assert.Contains(after, t => t.Escalated);
        Assert.True(alert.IsSilencedAt(T0.AddDays(9)));
        Assert.False(alert.IsSilencedAt(T0.AddDays(10)));
        Assert.Equal("reason", Assert.Throws<RuleViolationException>(() => alert.Silence("officer", T0, T0.AddDays(1), " ")).Field);
        Assert.Equal("until", Assert.Throws<RuleViolationException>(() => alert.Silence("officer", T0, T0.AddDays(91), "lý do")).Field);
        Assert.Equal("until", Assert.Throws<RuleViolationException>(() => alert.Silence("officer", T0, T0, "lý do")).Field);
        alert.Unsilence();
        Assert.Null(alert.SilencedUntil);
    }
}
