using System.Globalization;
using DxMonitor.Domain.Text;

namespace DxMonitor.Domain.Tests.Text;

public sealed class TypedNumberTests
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    [Theory]
    [InlineData("52,3", "52.3")]
    [InlineData("120.450", "120450")]
    [InlineData("1.234.567,89", "1234567.89")]
    [InlineData("2150,0", "2150.0")]
    [InlineData(" -7,5 ", "-7.5")]
    [InlineData("16 200", "16200")]
    [InlineData("16\u00A0200", "16200")]
    [InlineData(",5", "0.5")]
    [InlineData("95", "95")]
    public void Vietnamese_numbers_read_as_Vietnamese_write_them(string typed, string expected)
    {
        Assert.True(TypedNumber.TryParse(typed, Vietnamese, out var value, out var problem), problem);
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("52.3", "52.3")]
    [InlineData("120,450", "120450")]
    [InlineData("1,234.5", "1234.5")]
    public void English_numbers_read_the_other_way_round(string typed, string expected)
    {
        Assert.True(TypedNumber.TryParse(typed, English, out var value, out var problem), problem);
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("52.3")]      // a point in Vietnamese groups thousands, and 3 is not a group
    [InlineData("1,2,3")]
    [InlineData("12.34,5")]
    [InlineData("1.2345")]
    [InlineData("abc")]
    [InlineData("1e5")]
    [InlineData("")]
    [InlineData("5 %")]
    public void What_could_be_misread_is_refused_with_the_way_to_write_it(string typed)
    {
        Assert.False(TypedNumber.TryParse(typed, Vietnamese, out _, out var problem));
        Assert.False(string.IsNullOrEmpty(problem));
    }

    [Fact]
    public void The_hint_shows_the_readers_own_convention()
    {
        TypedNumber.TryParse("52.3", Vietnamese, out _, out var problem);
        Assert.Contains("1.234,5", problem, StringComparison.Ordinal); // the example follows the culture given
        Assert.Equal("16.200,5", TypedNumber.Format(16200.5m, Vietnamese));
        Assert.Equal("16,200.5", TypedNumber.Format(16200.5m, English));
        Assert.Equal("0,000001", TypedNumber.Format(0.000001m, Vietnamese));
    }
}
