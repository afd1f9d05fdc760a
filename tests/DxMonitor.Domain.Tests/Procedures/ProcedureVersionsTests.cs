using DxMonitor.Domain.Procedures;

namespace DxMonitor.Domain.Tests.Procedures;

public sealed class ProcedureVersionsTests
{
    private static readonly ProcedureTerms Terms = new("Cấp giấy phép xây dựng", OnlineLevel.Partial, true, true, 15, true);

    private static Func<Procedure> New(DateOnly from) => () => new Procedure { UnitId = 1, Code = "1.009994", ValidFrom = from, Name = "" };

    [Fact]
    public void A_later_version_closes_the_one_before_and_an_earlier_one_ends_where_the_next_begins()
    {
        var versions = new List<Procedure>();
        var first = ProcedureVersions.Publish(versions, Terms, new(2024, 1, 1), New(new(2024, 1, 1)));
        var later = ProcedureVersions.Publish(versions, Terms with { TimeLimitDays = 10 }, new(2025, 7, 1), New(new(2025, 7, 1)));
        var earlier = ProcedureVersions.Publish(versions, Terms with { TimeLimitDays = 20 }, new(2023, 1, 1), New(new(2023, 1, 1)));

        Assert.Equal(3, versions.Count);
        Assert.Equal(new DateOnly(2024, 1, 1), earlier.ValidTo);
        Assert.Equal(new DateOnly(2025, 7, 1), first.ValidTo);
        Assert.Null(later.ValidTo);
        Assert.Equal(15, versions.Single(v => v.IsInForceOn(new(2025, 6, 30))).TimeLimitDays);
        Assert.Equal(10, versions.Single(v => v.IsInForceOn(new(2025, 7, 1))).TimeLimitDays);
        Assert.DoesNotContain(versions, v => v.IsInForceOn(new(2022, 12, 31)));
    }

    [Fact]
    public void Publishing_again_on_a_versions_date_changes_that_version()
    {
        var versions = new List<Procedure>();
        var first = ProcedureVersions.Publish(versions, Terms, new(2024, 1, 1), New(new(2024, 1, 1)));
        var again = ProcedureVersions.Publish(versions, Terms with { OnlineLevel = OnlineLevel.Full }, new(2024, 1, 1), New(new(2024, 1, 1)));

        Assert.Same(first, again);
        Assert.Single(versions);
        Assert.Equal(OnlineLevel.Full, first.OnlineLevel);
        Assert.Equal("cap giay phep xay dung", first.NameFolded);
    }

    [Fact]
    public void A_retired_procedure_stays_retired_unless_a_version_after_its_end_publishes_it_again()
    {
        var versions = new List<Procedure>();
        ProcedureVersions.Publish(versions, Terms, new(2024, 1, 1), New(new(2024, 1, 1)));
        ProcedureVersions.Retire(versions, new(2025, 7, 1));
        var inside = ProcedureVersions.Publish(versions, Terms, new(2025, 1, 1), New(new(2025, 1, 1)));
        Assert.Equal(new DateOnly(2025, 7, 1), inside.ValidTo);

        var after = ProcedureVersions.Publish(versions, Terms, new(2026, 1, 1), New(new(2026, 1, 1)));
        Assert.Null(after.ValidTo);
        Assert.Equal(new DateOnly(2026, 1, 1), inside.ValidTo);
        Assert.Throws<RuleViolationException>(() => ProcedureVersions.Retire(versions, new(2026, 1, 1)));
    }

    [Fact]
    public void Terms_are_checked_and_the_name_normalised()
    {
        var (terms, problems) = new ProcedureTerms("  Đăng ký\u0020 khai sinh ", OnlineLevel.Full, false, false, null, true).Checked();
        Assert.Empty(problems);
        Assert.Equal("Đăng ký khai sinh", terms.Name);

        var (_, bad) = new ProcedureTerms(" ", (OnlineLevel)7, false, false, 400, true).Checked();
        Assert.Equal(["name", "timeLimitDays", "onlineLevel"], bad.Select(p => p.Field));
    }
}
