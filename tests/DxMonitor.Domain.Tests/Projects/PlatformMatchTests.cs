using DxMonitor.Domain.Projects;

namespace DxMonitor.Domain.Tests.Projects;

public sealed class PlatformMatchTests
{
    [Theory]
    [InlineData("Nen tang tich hop chia se du lieu tinh", "Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP)", true)]
    [InlineData("NỀN TẢNG TÍCH HỢP CHIA SẺ DỮ LIỆU", "Nền tảng tích hợp, chia sẻ dữ liệu quốc gia", true)]
    [InlineData("Kho dữ liệu số tỉnh", "Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP)", false)]
    [InlineData("Hệ thống camera giám sát giao thông", "Nền tảng học trực tuyến mở đại trà", false)]
    [InlineData("Nền tảng số", "Nền tảng số", false)]
    public void Diacritics_case_and_generic_words_do_not_decide_a_match(string project, string platform, bool matches)
    {
        Assert.Equal(matches, PlatformMatch.Score(project, platform) >= 0.5m);
    }

    [Fact]
    public void The_score_is_the_share_of_the_platforms_distinctive_words_found()
    {
        // Distinctive words of the platform: hoc, truc, tuyen, dai, tra, moocs (6); the project has the first five.
        Assert.Equal(5m / 6m, PlatformMatch.Score("Học trực tuyến đại trà", "Nền tảng học trực tuyến mở đại trà (MOOCs)"));
    }
}
