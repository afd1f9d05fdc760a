using DxMonitor.Domain.Formulas;

namespace DxMonitor.Domain.Tests.Formulas;

public sealed class CompiledFormulaTests
{
    private static readonly Dictionary<string, int> Slots = new(StringComparer.Ordinal)
    {
        ["PRV.DOSSIERS_ONLINE"] = 3,
        ["PRV.DOSSIERS_TOTAL"] = 0,
        ["NAT.NPSP_ACCOUNTS"] = 1,
    };

    private const string Share = "round(100 * PRV.DOSSIERS_ONLINE / PRV.DOSSIERS_TOTAL, 1) + ifnull(NAT.NPSP_ACCOUNTS, 0) * 0";

    [Fact]
    public void Reads_values_from_the_slots_it_was_bound_to()
    {
        var compiled = Formula.Parse(Share).Bind(code => Slots[code]);

        Assert.Equal(4, compiled.SlotCount);
        Assert.Equal(75, compiled.Evaluate([600, double.NaN, -1, 450]).Value);
        Assert.Equal(33.3, compiled.Evaluate([3, 5, -1, 1, 99]).Value);
    }

    [Fact]
    public void Reports_missing_slots_and_division_by_zero_with_their_reasons()
    {
        var compiled = Formula.Parse(Share).Bind(code => Slots[code]);

        Assert.Equal("PRV.DOSSIERS_ONLINE has no value", compiled.Evaluate([600, 1, 0, double.NaN]).NoValueReason);
        Assert.Equal("division by zero: PRV.DOSSIERS_TOTAL is 0", compiled.Evaluate([0, 1, 0, 450]).NoValueReason);
    }

    [Fact]
    public void Gives_the_same_results_as_evaluating_by_code()
    {
        var formula = Formula.Parse(Share);
        var compiled = formula.Bind(code => Slots[code]);
        double[][] cases = [[600, 1, 0, 450], [0, 1, 0, 450], [600, double.NaN, 0, double.NaN], [7, 1e308, 0, 1e308]];
        foreach (var slots in cases)
        {
            Assert.Equal(formula.Evaluate(code => slots[Slots[code]]), compiled.Evaluate(slots));
        }
    }

    [Fact]
    public void Rejects_a_span_shorter_than_its_slots() =>
        Assert.Throws<ArgumentException>(() => Formula.Parse(Share).Bind(code => Slots[code]).Evaluate([1, 2, 3]));

    [Fact]
    public void Rejects_a_negative_slot() =>
        Assert.Throws<ArgumentException>(() => Formula.Parse(Share).Bind(_ => -1));

    [Fact]
    public void A_formula_without_references_needs_no_slots()
    {
        var compiled = Formula.Parse("round(10 / 4, 1)").Bind(_ => throw new InvalidOperationException("not asked"));
        Assert.Equal(0, compiled.SlotCount);
        Assert.Equal(2.5, compiled.Evaluate([]).Value);
    }

    [Fact]
    public void Evaluating_a_million_times_allocates_nothing()
    {
        var compiled = Formula.Parse(Share + " + max(PRV.DOSSIERS_TOTAL, 1, 2, 3) - abs(-NAT.NPSP_ACCOUNTS)").Bind(code => Slots[code]);
        double[] slots = [600, 1, 0, 450];
        var withValue = 0;
        compiled.Evaluate(slots);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1_000_000; i++)
        {
            slots[3] = i % 10 == 0 ? double.NaN : i;
            slots[0] = i % 7 == 0 ? 0 : 600;
            withValue += compiled.Evaluate(slots).HasValue ? 1 : 0;
        }
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(allocated < 10_000, $"{allocated} bytes allocated");
        Assert.Equal(771_428, withValue);
    }
}
