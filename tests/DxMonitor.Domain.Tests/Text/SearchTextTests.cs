using System.Text;
using DxMonitor.Domain.Text;

namespace DxMonitor.Domain.Tests.Text;

public sealed class SearchTextTests
{
    [Theory]
    [InlineData("ha noi")]
    [InlineData("HÀ NỘI")]
    [InlineData("Hà Nội")]
    [InlineData("noi")]
    public void Finds_Ha_Noi_however_it_is_typed(string query) =>
        Assert.True(SearchText.Matches("Thành phố Hà Nội", SearchText.Fold(query)));

    [Fact]
    public void Composed_and_decomposed_forms_match_each_other()
    {
        var composed = "Đắk Lắk".Normalize(NormalizationForm.FormC);
        var decomposed = "Đắk Lắk".Normalize(NormalizationForm.FormD);
        Assert.NotEqual(composed, decomposed);
        Assert.Equal(SearchText.Fold(composed), SearchText.Fold(decomposed));
        Assert.Equal("dak lak", SearchText.Fold(decomposed));
    }

    [Fact]
    public void Different_names_do_not_match() =>
        Assert.False(SearchText.Matches("Tỉnh Hà Giang", SearchText.Fold("Hà Nội")));

    [Fact]
    public void An_empty_query_matches_everything() =>
        Assert.True(SearchText.Matches("Tỉnh Cà Mau", SearchText.Fold("  ")));
}
